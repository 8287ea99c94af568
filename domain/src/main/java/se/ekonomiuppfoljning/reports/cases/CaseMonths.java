package se.ekonomiuppfoljning.reports.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** The months a case reports on: which of its units' months are not approved yet. */
final class CaseMonths {

    private CaseMonths() {}

    /** The node's units without units of their own, in the tree's order, whose month has no approved report. */
    static List<Unit> notApproved(
            Organisation organisation, UnitReportRepository reports, UnitCode node, Period period) {
        List<UnitCode> leaves = organisation.subtree(node).stream()
                .filter(code -> !organisation.hasChildren(code))
                .toList();
        Map<UnitCode, ReportState> states = new HashMap<>();
        for (UnitReport report : reports.findAll(Set.copyOf(leaves), period)) {
            states.put(report.unit(), report.state());
        }
        List<Unit> result = new ArrayList<>();
        for (UnitCode leaf : leaves) {
            if (states.get(leaf) != ReportState.APPROVED) {
                result.add(organisation.require(leaf));
            }
        }
        return result;
    }
}
