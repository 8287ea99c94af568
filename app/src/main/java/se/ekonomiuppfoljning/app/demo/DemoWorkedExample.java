package se.ekonomiuppfoljning.app.demo;

import static se.ekonomiuppfoljning.app.demo.DemoUsers.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionDraft;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The worked example of the monthly cycle for February 2026, written through the same services as the users'
 * pages, each step as the user who would take it and when (by {@link DemoTime}, before the case goes to Allmänna
 * utskottet on {@link DemoCase#AU_MEETING} unless said):
 * <ul>
 *     <li>Överförmyndarvht (−272 tkr in the month, the guardians' fees on 5320): Eva Lind's analysis and forecast, a
 *     political åtgärd (a larger frame for the guardians' fees, awaiting KS), marked ready on 2026-03-02 and approved
 *     by the kommundirektör the same day, before the case was sent; a question from Anna Berg (KS) on 2026-03-05
 *     with Eva's answer.</li>
 *     <li>HR-avdelning (−63 tkr in the month): Lena Holm's analysis and forecast and an operational åtgärd that the
 *     kommundirektör has decided (pågår); left as a draft so that Lena can mark it ready; a question from Anna Berg
 *     on 2026-03-12, after AU, not yet answered.</li>
 * </ul>
 */
@Component
@Profile("demo")
class DemoWorkedExample {

    static final Period FEBRUARY = new Period(2026, 2);
    static final UnitCode OVERFORMYNDARE = UnitCode.of("1150");
    static final UnitCode HR = UnitCode.of("1180");
    /** When the kommundirektör approves Överförmyndarvht's February: before the case is sent to AU. */
    static final LocalDateTime OVERFORMYNDARE_APPROVED = LocalDateTime.of(2026, 3, 2, 11, 0);

    private final MonthlyReportService reports;
    private final ActionService actions;
    private final QuestionService questions;
    private final DemoTime time;

    DemoWorkedExample(MonthlyReportService reports, ActionService actions, QuestionService questions, DemoTime time) {
        this.reports = reports;
        this.actions = actions;
        this.questions = questions;
        this.time = time;
    }

    /** The chiefs' months and åtgärder of 2026-03-02, Överförmyndarvht's approval and HR's åtgärd decided. */
    void february() {
        time.at(LocalDateTime.of(2026, 3, 2, 9, 0));
        UnitReport ready = overformyndare();
        time.at(LocalDateTime.of(2026, 3, 2, 10, 30));
        Action hrAction = hr();
        time.at(OVERFORMYNDARE_APPROVED);
        as("kommundirektor", () -> reports.approve(OVERFORMYNDARE, FEBRUARY, ready.version()));
        time.at(LocalDateTime.of(2026, 3, 2, 11, 15));
        as(
                "kommundirektor",
                () -> actions.update(
                        hrAction.id(),
                        new ActionDraft(
                                hrAction.what(),
                                hrAction.cause(),
                                hrAction.responsible(),
                                hrAction.dueDate(),
                                hrAction.expectedEffect(),
                                null,
                                ActionStatus.PAGAR,
                                null),
                        hrAction.version()));
    }

    /** Anna Berg reads the case sent to AU and asks Överförmyndarvht on 2026-03-05; Eva Lind answers that afternoon. */
    void overformyndareQuestion() {
        time.at(LocalDateTime.of(2026, 3, 5, 10, 0));
        long question = as(
                        "politiker",
                        () -> questions.ask(
                                OVERFORMYNDARE,
                                FEBRUARY,
                                "Hur många fler ärenden räknar ni med under året, och påverkar det handläggningstiderna?"))
                .id();
        time.at(LocalDateTime.of(2026, 3, 5, 14, 0));
        as(
                "overformyndare",
                () -> questions.answer(
                        question,
                        "Vi räknar med omkring 250 ställföreträdarskap vid årets slut. Handläggningstiderna hålls; "
                                + "granskningen av årsräkningar är klar i maj i stället för april."));
    }

    /** Preparing for kommunstyrelsen, Anna Berg asks HR on 2026-03-12; the question waits for Lena Holm. */
    void hrQuestion() {
        time.at(LocalDateTime.of(2026, 3, 12, 9, 0));
        as("politiker", () -> questions.ask(HR, FEBRUARY, "Hur stor del av avvikelsen beror på sjuklöner?"));
    }

    private UnitReport overformyndare() {
        UnitReport saved = as(
                "overformyndare",
                () -> reports.save(
                        OVERFORMYNDARE,
                        FEBRUARY,
                        new ReportEdit(
                                FollowUpStatus.ALLVARLIG_AVVIKELSE,
                                "Antalet ställföreträdarskap har ökat från 212 till 241 sedan årsskiftet. Handläggningstiderna "
                                        + "hålls, men granskningen av årsräkningar ligger två veckor efter plan.",
                                "Avvikelsen på −272 tkr i februari beror på att arvoden till gode män och förvaltare för "
                                        + "helåret 2025 betalades ut i februari, medan budgeten är jämnt fördelad över året. Till och "
                                        + "med februari är avvikelsen −52 tkr. Fler ärenden än budgeterat gör att arvodena för "
                                        + "helåret väntas överstiga budgeten med omkring 120 tkr.",
                                new BigDecimal("2700000")),
                        0));
        as(
                "overformyndare",
                () -> actions.create(
                        OVERFORMYNDARE,
                        FEBRUARY,
                        new ActionDraft(
                                "Begära utökad ram för arvoden till ställföreträdare i tilläggsbudgeten",
                                "Fler ställföreträdarskap än budgeterat (241 mot 212); arvodena följer av lag och kan inte minskas",
                                "Eva Lind",
                                LocalDate.of(2026, 12, 31),
                                new BigDecimal("120000"),
                                DecisionLevel.POLITISK_NIVA,
                                null,
                                null)));
        return as("overformyndare", () -> reports.markReady(OVERFORMYNDARE, FEBRUARY, saved.version()));
    }

    private Action hr() {
        as(
                "hrchef",
                () -> reports.save(
                        HR,
                        FEBRUARY,
                        new ReportEdit(
                                FollowUpStatus.MINDRE_AVVIKELSE,
                                "Rekryteringen av två HR-specialister pågår; löneöversynen 2026 startade enligt plan.",
                                "Avvikelsen på −63 tkr i februari beror på sjuklönekostnader och inhyrd konsult under en "
                                        + "vakans. Till och med februari är avvikelsen −31 tkr. Med åtgärden nedan bedöms "
                                        + "helåret hålla sig inom budget.",
                                new BigDecimal("14500000")),
                        0));
        return as(
                        "hrchef",
                        () -> actions.create(
                                HR,
                                FEBRUARY,
                                new ActionDraft(
                                        "Avsluta konsultuppdraget när den nya HR-specialisten börjar; vikarier endast vid akut behov",
                                        "Inhyrd konsult under vakans och höga sjuklönekostnader",
                                        "Lena Holm",
                                        LocalDate.of(2026, 12, 31),
                                        new BigDecimal("60000"),
                                        null,
                                        null,
                                        null)))
                .action();
    }
}
