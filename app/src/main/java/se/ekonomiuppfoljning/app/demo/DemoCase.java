package se.ekonomiuppfoljning.app.demo;

import static se.ekonomiuppfoljning.app.demo.DemoUsers.as;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.cases.CaseDecisionService;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.DecisionDraft;
import se.ekonomiuppfoljning.reports.cases.ReportCase;

/**
 * The seed's case as the portal would have run it: "Ekonomisk uppföljning februari 2026" for KLS (KS/2026:4, dated
 * 2026-03-02), sent to Allmänna utskottet (frozen with February's figures and texts), AU's decision § 14 on
 * 2026-03-09 as in the seed's protokollsutdrag, and on to kommunstyrelsen's meeting on 2026-03-23. Written through
 * {@link CaseFlowService} and {@link CaseDecisionService} as the ekonomichef: made and sent on 2026-03-02, after
 * Överförmyndarvht's February was approved, so that its texts are in the frozen report (HR's month, still a draft,
 * is not), and AU's decision recorded on the afternoon of the meeting (by {@link DemoTime}).
 */
@Component
@Profile("demo")
class DemoCase {

    static final UnitCode KLS = UnitCode.of("KLS");
    static final Period FEBRUARY = new Period(2026, 2);
    static final LocalDate AU_MEETING = LocalDate.of(2026, 3, 9);
    static final LocalDate KS_MEETING = LocalDate.of(2026, 3, 23);

    private final CaseFlowService cases;
    private final CaseDecisionService decisions;
    private final DemoTime time;

    DemoCase(CaseFlowService cases, CaseDecisionService decisions, DemoTime time) {
        this.cases = cases;
        this.decisions = decisions;
        this.time = time;
    }

    /** Made on 2026-03-02 and sent to AU (frozen) that afternoon. */
    ReportCase sendToAu() {
        time.at(LocalDateTime.of(2026, 3, 2, 13, 0));
        ReportCase created = as(
                "ekonomichef",
                () -> cases.create(
                        KLS,
                        FEBRUARY,
                        CaseDetails.blank()
                                .withCaseNumber("KS/2026:4")
                                .withTitle("Ekonomisk uppföljning februari 2026")
                                .withDate(LocalDate.of(2026, 3, 2))));
        time.at(LocalDateTime.of(2026, 3, 2, 13, 30));
        return as("ekonomichef", () -> cases.send(created.id(), AU_MEETING, created.version()));
    }

    /** AU's decision § 14, recorded on the afternoon of its meeting: the case goes on to kommunstyrelsen. */
    ReportCase auDecision(ReportCase sent) {
        time.at(AU_MEETING.atTime(16, 0));
        return as(
                "ekonomichef",
                () -> decisions.recordDecision(
                        sent.id(),
                        new DecisionDraft(AU_MEETING, 14, decisions.proposedDecisionText(sent.id()), KS_MEETING),
                        sent.version()));
    }
}
