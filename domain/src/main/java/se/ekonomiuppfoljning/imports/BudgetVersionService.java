package se.ekonomiuppfoljning.imports;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The earlier budgets kept by budget imports, and their comparison with the current budget: an economist reads
 * those of their scope; an administrator without EKONOM reads no figures, so no version.
 */
public class BudgetVersionService {

    private final OrganisationRepository organisations;
    private final ImportRepository imports;
    private final ImportCaller access;

    public BudgetVersionService(
            OrganisationRepository organisations, ImportRepository imports, CurrentUser currentUser) {
        this.organisations = organisations;
        this.imports = imports;
        this.access = new ImportCaller(currentUser);
    }

    /**
     * The earlier budgets of a year, newest first: the versions kept by imports that touched a unit of the caller's
     * scope (as in the history), each totalled over the units of their scope only. An administrator without EKONOM
     * reads no figures, so no version.
     */
    public List<BudgetVersion> budgetVersions(int year) {
        UserAccount caller = access.requireImporter();
        List<BudgetVersion> versions = imports.budgetVersions(year);
        // An administrator without EKONOM reads no figures: their scope is empty, so they see no version.
        AccessScope scope = AccessScope.resolve(organisations.load(), caller);
        List<BudgetVersion> visible = new ArrayList<>();
        for (BudgetVersion version : versions) {
            if (imports.unitsOf(version.importId()).stream().anyMatch(scope::canRead)) {
                Map<UnitCode, BigDecimal> totals = inScope(imports.budgetVersionTotals(version.id()), scope);
                visible.add(new BudgetVersion(
                        version.id(),
                        version.importId(),
                        version.year(),
                        version.storedName(),
                        version.importFile(),
                        version.createdAt(),
                        version.createdBy(),
                        totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
            }
        }
        return visible;
    }

    /**
     * An earlier budget beside the current one, per unit of the version (annual totals in kronor); for an economist
     * only the units of their scope.
     */
    public List<BudgetComparison> compareBudgetVersion(BudgetVersion version) {
        UserAccount caller = access.requireImporter();
        Organisation organisation = organisations.load();
        Map<UnitCode, BigDecimal> stored = imports.budgetVersionTotals(version.id());
        Map<UnitCode, BigDecimal> earlier = inScope(stored, AccessScope.resolve(organisation, caller));
        Map<UnitCode, BigDecimal> current = imports.budgetTotals(earlier.keySet(), version.year());
        return earlier.keySet().stream()
                .sorted()
                .map(unit -> new BudgetComparison(
                        unit,
                        organisation.unit(unit).map(Unit::name).orElse(unit.value()),
                        requireNonNull(earlier.get(unit)),
                        current.getOrDefault(unit, BigDecimal.ZERO)))
                .toList();
    }

    private static Map<UnitCode, BigDecimal> inScope(Map<UnitCode, BigDecimal> byUnit, AccessScope scope) {
        Map<UnitCode, BigDecimal> result = new HashMap<>(byUnit);
        result.keySet().retainAll(scope.visibleUnits());
        return result;
    }

    /** One unit's annual budget in an earlier version and now. */
    public record BudgetComparison(UnitCode unit, String name, BigDecimal version, BigDecimal current) {

        public BigDecimal change() {
            return current.subtract(version);
        }
    }
}
