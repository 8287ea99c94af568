package se.ekonomiuppfoljning.security;

import java.util.Set;
import java.util.stream.Collectors;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * Who may act for the whole kommun: change what every unit shares (the organisation's tree and committee frames,
 * the reporting deadlines, the document template, the diarienummer pattern).
 * <p>
 * An economist acts for the whole kommun when their scope holds every root of the organisation (an economist of
 * the root unit, or the first administrator-economist without units); an economist of a part of the kommun acts
 * only inside their part. An administrator keeps the kommun-wide settings but, without EKONOM, writes no figures
 * and no organisation.
 */
public final class KommunWideAccess {

    private KommunWideAccess() {}

    /**
     * An enabled economist whose scope holds every root of the organisation. On an empty organisation every
     * economist is one: there is nothing yet to take from anyone.
     */
    public static boolean isWholeKommunEconomist(Organisation organisation, UserAccount user) {
        if (!user.enabled() || !user.has(Role.EKONOM)) {
            return false;
        }
        Set<UnitCode> roots = organisation.roots().stream().map(Unit::code).collect(Collectors.toSet());
        return AccessScope.resolve(organisation, user).roots().containsAll(roots);
    }

    /** May change the kommun-wide settings: an enabled administrator, or a whole-kommun economist. */
    public static boolean maySetKommunSettings(Organisation organisation, UserAccount user) {
        return user.enabled() && (user.has(Role.ADMIN) || isWholeKommunEconomist(organisation, user));
    }

    /** Refuses anyone but an administrator or a whole-kommun economist; {@code action} names the act in English. */
    public static UserAccount requireKommunSettings(Organisation organisation, UserAccount user, String action) {
        if (!maySetKommunSettings(organisation, user)) {
            throw new PermissionDeniedException(user.username(), action);
        }
        return user;
    }
}
