package se.ekonomiuppfoljning.substitutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The one place a substitution enters the access rules: the account a user acts with today is their stored account
 * with the units of every chief they stand in for today added to their own. Every service resolves its scope from
 * the caller's account, so every door (pages, API, exports, documents) follows; the scope cache keys on the whole
 * account, so the added units enter it on the first day and leave it the day after the last, with no job.
 * <ul>
 *     <li>Only an enabled chief (CHEF) who is not an economist acts for another chief: they get the chief's units,
 *     with a chief's rights, and never the chief's other roles.</li>
 *     <li>The units come from the chief's stored account, never from the chief's own substitutions: a substitute
 *     of a substitute gets nothing of the first chief (no chains).</li>
 *     <li>A disabled chief, or one who is no longer a chief, hands over nothing.</li>
 * </ul>
 */
public final class ActingAccounts {

    private final SubstitutionRepository substitutions;
    private final UserAccountRepository users;
    private final Clock clock;

    /** @param clock its zone is the kommun's, in which a substitution's days begin and end */
    public ActingAccounts(SubstitutionRepository substitutions, UserAccountRepository users, Clock clock) {
        this.substitutions = substitutions;
        this.users = users;
        this.clock = clock;
    }

    /** Today, in the kommun's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether a user may stand in for a chief at all: an enabled chief who is no economist. */
    public static boolean mayStandIn(UserAccount user) {
        return user.enabled() && user.has(Role.CHEF) && !user.has(Role.EKONOM);
    }

    /** Whether a user has units to hand over: an enabled chief with units. */
    public static boolean mayHandOver(UserAccount chief) {
        return chief.enabled() && chief.has(Role.CHEF) && !chief.units().isEmpty();
    }

    /** The account {@code own} (as stored) acts with today: their own units plus those of the chiefs they stand in for. */
    public UserAccount acting(UserAccount own) {
        List<UserAccount> chiefs = chiefsToday(own);
        if (chiefs.isEmpty()) {
            return own;
        }
        Set<UnitCode> units = new LinkedHashSet<>(own.units());
        chiefs.forEach(chief -> units.addAll(chief.units()));
        return new UserAccount(
                own.username(), own.displayName(), own.roles(), units, own.committees(), own.enabled(), own.email());
    }

    /** The stored accounts of the chiefs {@code own} stands in for today (empty for most users). */
    public List<UserAccount> chiefsToday(UserAccount own) {
        if (!mayStandIn(own)) {
            return List.of();
        }
        return substitutions.activeFor(own.username(), today()).stream()
                .map(s -> users.findByUsername(s.chief()))
                .flatMap(Optional::stream)
                .filter(chief -> !chief.username().equals(own.username()) && mayHandOver(chief))
                .toList();
    }

    /**
     * The chief for whom {@code username} acts on {@code unit} today: empty when the unit is in the user's own editing scope
     * or they stand in for nobody whose scope holds it.
     */
    public Optional<String> onBehalfOf(Organisation organisation, String username, UnitCode unit) {
        Optional<UserAccount> own = users.findByUsername(username);
        // the scope the user edits in by their own roles: a chief who also reads the unit as a politician still acts
        // there only as the chief's ersättare
        if (own.isEmpty() || CycleAccess.editingScope(organisation, own.get()).canRead(unit)) {
            return Optional.empty();
        }
        return chiefsToday(own.get()).stream()
                .filter(chief -> AccessScope.resolve(organisation, chief).canRead(unit))
                .map(UserAccount::username)
                .findFirst();
    }
}
