package se.ekonomiuppfoljning.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.ScopeCache;

/**
 * "Vad driver avvikelsen" for a unit (with its subtree) and a period: the caller must be able to read the unit, and
 * the figures are read within the caller's scope, as the follow-up table reads them.
 */
public class DeviationDriverService {

    private final OrganisationRepository organisations;
    private final FigureRepository figures;
    private final CurrentUser currentUser;
    private final ScopeCache scopes = new ScopeCache();

    public DeviationDriverService(
            OrganisationRepository organisations, FigureRepository figures, CurrentUser currentUser) {
        this.organisations = organisations;
        this.figures = figures;
        this.currentUser = currentUser;
    }

    public DeviationDrivers drivers(UnitCode code, Period period) {
        Organisation organisation = organisations.load();
        AccessScope scope = scopes.resolve(organisation, currentUser.require());
        scope.requireReadable(code);
        Set<UnitCode> subtree = organisation.subtree(code);
        List<AccountFigures> now = figures.figuresByAccount(scope, subtree, period);
        Period yearBefore = new Period(period.year() - 1, period.month());
        boolean lastYearBooked = figures.periodsWithActuals().contains(yearBefore);
        Map<String, Figures> before = new HashMap<>();
        if (lastYearBooked) {
            for (AccountFigures account : figures.figuresByAccount(scope, subtree, yearBefore)) {
                before.put(account.account().code(), account.figures());
            }
        }
        Map<String, AccountFigures> current = new LinkedHashMap<>();
        now.forEach(a -> current.put(a.account().code(), a));
        if (lastYearBooked) {
            // an account booked last year and not this one still explains the difference between the years
            for (AccountFigures account : figures.figuresByAccount(scope, subtree, yearBefore)) {
                current.putIfAbsent(account.account().code(), new AccountFigures(account.account(), Figures.ZERO));
            }
        }
        Figures total = Figures.ZERO;
        List<DeviationDrivers.Driver> drivers = new ArrayList<>();
        for (AccountFigures account : current.values()) {
            total = total.plus(account.figures());
            @Nullable
            Figures lastYear =
                    lastYearBooked ? before.getOrDefault(account.account().code(), Figures.ZERO) : null;
            if (!account.figures().isZero() || (lastYear != null && !lastYear.isZero())) {
                drivers.add(new DeviationDrivers.Driver(account.account(), account.figures(), lastYear));
            }
        }
        @Nullable Figures lastYearTotal = null;
        if (lastYearBooked) {
            lastYearTotal = before.values().stream().reduce(Figures.ZERO, Figures::plus);
        }
        return new DeviationDrivers(organisation.require(code), period, total, lastYearTotal, drivers);
    }
}
