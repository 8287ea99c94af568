package se.ekonomiuppfoljning.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The units a user may read: the union of whole subtrees. One rule serves the enhetschef (the subtree of
 * their unit) and the kommundirektör (the subtree of the root); a politician's subtrees start at the topmost
 * units reporting to their committees. An administrator reads no unit, unless they are also an economist: with
 * units of their own they read those; with none (the first administrator of an empty portal, who sets it up before
 * the organisation exists) they read the whole organisation, and change nothing in it: the services that change
 * unit data (monthly reports, cases) check the user's own units ({@code CycleAccess.editingScope}).
 */
public final class AccessScope {

    /** The name {@link #system(Organisation)} goes by in messages; no user can log in with it. */
    public static final String SYSTEM = "(system)";

    private final String username;
    private final List<UnitCode> roots;
    private final Set<UnitCode> visible;

    private AccessScope(String username, List<UnitCode> roots, Set<UnitCode> visible) {
        this.username = username;
        this.roots = List.copyOf(roots);
        this.visible = Set.copyOf(visible);
    }

    public static AccessScope resolve(Organisation organisation, UserAccount user) {
        Set<UnitCode> starts = new LinkedHashSet<>();
        if (user.enabled()) {
            if (isWholeOrganisationEconomist(user)) {
                organisation.roots().stream().map(Unit::code).forEach(starts::add);
            }
            if (user.has(Role.CHEF) || user.has(Role.EKONOM)) {
                user.units().stream()
                        .sorted()
                        .filter(u -> organisation.unit(u).isPresent())
                        .forEach(starts::add);
            }
            if (user.has(Role.POLITIKER)) {
                user.committees()
                        .forEach(c -> organisation.topmostReportingTo(c).stream()
                                .map(Unit::code)
                                .forEach(starts::add));
            }
        }
        // Keep only the topmost starts, in the organisation's listing order.
        List<UnitCode> roots = new ArrayList<>();
        Set<UnitCode> visible = new LinkedHashSet<>();
        for (Unit unit : organisation.units()) {
            if (starts.contains(unit.code())
                    && starts.stream()
                            .noneMatch(
                                    other -> !other.equals(unit.code()) && organisation.isWithin(unit.code(), other))) {
                roots.add(unit.code());
                visible.addAll(organisation.subtree(unit.code()));
            }
        }
        return new AccessScope(user.username(), roots, visible);
    }

    /**
     * An administrator who is also an economist and has no units of their own: the first administrator, created
     * from configuration on an empty database, who imports the organisation and the ledger and checks the result
     * before any other user exists. Reading only: the editing scope counts the user's own units.
     */
    public static boolean isWholeOrganisationEconomist(UserAccount user) {
        return user.has(Role.ADMIN) && user.has(Role.EKONOM) && user.units().isEmpty();
    }

    /**
     * The scope of the portal's own scheduled work (the e-mail reminders), which runs without a user: the whole
     * organisation. It belongs to no user and is never derived from a request; services that use it are called
     * by the application itself, not from the UI or the API.
     */
    public static AccessScope system(Organisation organisation) {
        List<UnitCode> roots = organisation.roots().stream().map(Unit::code).toList();
        Set<UnitCode> visible = new LinkedHashSet<>();
        roots.forEach(root -> visible.addAll(organisation.subtree(root)));
        return new AccessScope(SYSTEM, roots, visible);
    }

    public String username() {
        return username;
    }

    /** The topmost units of the scope, in the organisation's order. */
    public List<UnitCode> roots() {
        return roots;
    }

    public Set<UnitCode> visibleUnits() {
        return visible;
    }

    public boolean isEmpty() {
        return visible.isEmpty();
    }

    public boolean canRead(UnitCode unit) {
        return visible.contains(unit);
    }

    public void requireReadable(UnitCode unit) {
        if (!canRead(unit)) {
            throw new OutOfScopeException(username, unit);
        }
    }

    /** The given units that this scope may read. */
    public Set<UnitCode> restrict(Collection<UnitCode> units) {
        Set<UnitCode> result = new LinkedHashSet<>(units);
        result.retainAll(visible);
        return result;
    }
}
