package se.ekonomiuppfoljning.reports.cases;

import java.time.LocalDate;
import java.util.List;

/** A coming meeting of an organ and the cases on its agenda. */
public record Meeting(Organ organ, LocalDate date, List<ReportCase> cases) {

    public Meeting {
        cases = List.copyOf(cases);
    }
}
