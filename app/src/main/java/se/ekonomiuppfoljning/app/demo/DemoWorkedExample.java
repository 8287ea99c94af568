package se.ekonomiuppfoljning.app.demo;

import static se.ekonomiuppfoljning.app.demo.DemoUsers.as;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * pages, each step as the user who would take it:
 * <ul>
 *     <li>Överförmyndarvht (−272 tkr in the month): Eva Lind's analysis and forecast, a political åtgärd
 *     (a larger frame for the guardians' fees, awaiting KS), marked ready; a question from Anna Berg (KS) with
 *     Eva's answer. The kommundirektör can approve it or send it back.</li>
 *     <li>HR-avdelning (−63 tkr in the month): Lena Holm's analysis and forecast and an operational åtgärd that the
 *     kommundirektör has decided (pågår); a question from Anna Berg not yet answered; left as a draft so that
 *     Lena can mark it ready.</li>
 * </ul>
 */
@Component
@Profile("demo")
class DemoWorkedExample {

    static final Period FEBRUARY = new Period(2026, 2);
    static final UnitCode OVERFORMYNDARE = UnitCode.of("1150");
    static final UnitCode HR = UnitCode.of("1180");

    private final MonthlyReportService reports;
    private final ActionService actions;
    private final QuestionService questions;

    DemoWorkedExample(MonthlyReportService reports, ActionService actions, QuestionService questions) {
        this.reports = reports;
        this.actions = actions;
        this.questions = questions;
    }

    void load() {
        overformyndare();
        hr();
    }

    private void overformyndare() {
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
        as("overformyndare", () -> reports.markReady(OVERFORMYNDARE, FEBRUARY, saved.version()));
        long question = as(
                        "politiker",
                        () -> questions.ask(
                                OVERFORMYNDARE,
                                FEBRUARY,
                                "Hur många fler ärenden räknar ni med under året, och påverkar det handläggningstiderna?"))
                .id();
        as(
                "overformyndare",
                () -> questions.answer(
                        question,
                        "Vi räknar med omkring 250 ställföreträdarskap vid årets slut. Handläggningstiderna hålls; "
                                + "granskningen av årsräkningar är klar i maj i stället för april."));
    }

    private void hr() {
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
        Action action = as(
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
        as(
                "kommundirektor",
                () -> actions.update(
                        action.id(),
                        new ActionDraft(
                                action.what(),
                                action.cause(),
                                action.responsible(),
                                action.dueDate(),
                                action.expectedEffect(),
                                null,
                                ActionStatus.PAGAR,
                                null),
                        action.version()));
        as("politiker", () -> questions.ask(HR, FEBRUARY, "Hur stor del av avvikelsen beror på sjuklöner?"));
    }
}
