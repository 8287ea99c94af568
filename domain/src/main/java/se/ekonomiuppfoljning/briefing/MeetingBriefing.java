package se.ekonomiuppfoljning.briefing;

import java.util.List;
import se.ekonomiuppfoljning.reports.cases.Meeting;

/** A coming meeting and the briefing of each case on its agenda, in the agenda's order. */
public record MeetingBriefing(Meeting meeting, String organName, List<CaseBriefing> cases) {

    public MeetingBriefing {
        cases = List.copyOf(cases);
    }
}
