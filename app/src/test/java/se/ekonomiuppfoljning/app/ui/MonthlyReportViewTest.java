package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.ui.cycle.MonthlyReportView;

/** The chief writes and marks the month ready, the threshold asks for an analysis, the kommundirektör reviews. */
class MonthlyReportViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    java.time.Clock clock;

    private static void open(String unit, Period period) {
        UI.getCurrent().navigate(MonthlyReportView.class, MonthlyReportView.parameters(UnitCode.of(unit), period));
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static int rowStartingWith(com.vaadin.flow.component.grid.Grid<?> grid, String start) {
        for (int i = 0; i < com.github.mvysny.kaributesting.v10.GridKt._size(grid); i++) {
            if (String.join("|", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i))
                    .startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no row starting with " + start);
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chief_must_analyse_the_negative_deviation_before_marking_ready_and_the_kommundirektor_approves() {
        // Överförmyndarvht's February is the demo's worked example; Administrativa avdelningen (−50 tkr to date) gets
        // a chief of its own here.
        if (users.findByUsername("admchef").isEmpty()) {
            users.save(
                    new se.ekonomiuppfoljning.security.UserAccount(
                            "admchef",
                            "Kim Ahl",
                            java.util.Set.of(se.ekonomiuppfoljning.security.Role.CHEF),
                            java.util.Set.of(UnitCode.of("1140")),
                            java.util.Set.of(),
                            true),
                    "x");
        }
        login("admchef");
        open("1140", new Period(2026, 2));
        // Nobody has saved the month yet: "Ej påbörjad", as Mina uppgifter says, not "Utkast".
        assertThat(text("report-state")).isEqualTo("Status: Ej påbörjad");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-reasons-intro"))
                        .isVisible())
                .isTrue();
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("report-forecast"))
                        .getValue())
                .isEqualByComparingTo("11184");

        _setValue(_get(Select.class, spec -> spec.withId("report-status")), FollowUpStatus.ALLVARLIG_AVVIKELSE);
        click("report-ready");
        assertThat(text("report-message")).contains("analys");
        assertThat(text("report-state")).isEqualTo("Status: Utkast");

        _setValue(
                _get(TextArea.class, spec -> spec.withId("report-analysis")),
                "Fler ärenden om ställföreträdarskap än budgeterat; arvoden betalas \"i efterskott\".");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("report-forecast")), new BigDecimal("11254"));
        assertThat(text("report-forecast-deviation")).isEqualTo("Prognosavvikelse (årsbudget − prognos): −120 tkr");
        click("report-ready");
        assertThat(text("report-state")).isEqualTo("Status: Klar för granskning");
        // The analysis is written: the demand for one is gone; the month is ready: no "mark ready" again, and
        // the page says before a save that saving makes it a draft.
        assertThat(_find(Paragraph.class, spec -> spec.withId("report-reasons-intro")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("report-ready"))).isEmpty();
        assertThat(text("report-ready-note")).startsWith("Månaden är markerad som klar.");
        assertThat(_find(Button.class, spec -> spec.withId("report-approve"))).isEmpty();
        click("report-save");
        assertThat(text("report-message")).startsWith("Sparat. Månaden är tillbaka som utkast");
        assertThat(text("report-state")).isEqualTo("Status: Utkast");

        login("kommundirektor");
        open("1140", new Period(2026, 2));
        // A draft is not for review yet: no approve, no send back.
        assertThat(_find(Button.class, spec -> spec.withId("report-approve"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("report-send-back"))).isEmpty();
        login("admchef");
        open("1140", new Period(2026, 2));
        click("report-ready");
        assertThat(text("report-state")).isEqualTo("Status: Klar för granskning");
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("report-history")))
                .isEmpty();

        login("kommundirektor");
        open("1140", new Period(2026, 2));
        assertThat(_get(TextArea.class, spec -> spec.withId("report-analysis")).getValue())
                .contains("\"i efterskott\"");
        click("report-approve");
        assertThat(text("report-state")).isEqualTo("Status: Godkänd");
        assertThat(_get(TextArea.class, spec -> spec.withId("report-analysis")).isReadOnly())
                .isTrue();
    }

    @Test
    void the_kommundirektor_sends_a_report_back_with_a_comment() {
        login("itchef");
        open("1120", new Period(2026, 1));
        _setValue(_get(Select.class, spec -> spec.withId("report-status")), FollowUpStatus.ENLIGT_PLAN);
        _setValue(_get(TextArea.class, spec -> spec.withId("report-followup-text")), "Verksamheten följer plan.");
        _setValue(
                _get(TextArea.class, spec -> spec.withId("report-analysis")),
                "Licenser för helåret betalda i januari.");
        click("report-ready");
        assertThat(text("report-state")).isEqualTo("Status: Klar för granskning");

        login("kommundirektor");
        open("1120", new Period(2026, 1));
        _setValue(_get(TextArea.class, spec -> spec.withId("report-review-comment")), "Beskriv licenskostnaderna.");
        click("report-send-back");
        assertThat(text("report-state")).isEqualTo("Status: Återskickad");
        com.vaadin.flow.component.grid.Grid<?> history =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("report-history"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(history)).isGreaterThanOrEqualTo(3);
        assertThat(String.join("|", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(history, 0)))
                .contains("|itchef|")
                .contains("Ekonomisk analys: Licenser för helåret betalda i januari.");
        // Readable: the page's field names, only what changed, states in words; no stored key=value text.
        String all = grid("report-history");
        assertThat(all)
                .contains("Status: Klar för granskning")
                .contains("Status: Återskickad")
                .contains("Kommentar till enheten: Beskriv licenskostnaderna.")
                .doesNotContain("tillstånd=")
                .doesNotContain("analys=");
        java.util.List<String> sendBack = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(
                history, com.github.mvysny.kaributesting.v10.GridKt._size(history) - 1);
        assertThat(sendBack.get(4)).doesNotContain("Ekonomisk analys");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Kommentar från granskaren: Beskriv licenskostnaderna.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chief_adds_an_atgard_with_the_level_proposed_from_the_forecast() {
        // a due date three days before the portal's today (the demo's clock: 2026-03-16 in the tests)
        java.time.LocalDate due = java.time.LocalDate.now(clock).minusDays(3);
        login("overformyndare");
        open("1150", new Period(2026, 3));
        Select<se.ekonomiuppfoljning.actions.DecisionLevel> level =
                _get(Select.class, spec -> spec.withId("action-level"));
        assertThat(level.getValue()).isEqualTo(se.ekonomiuppfoljning.actions.DecisionLevel.VERKSAMHETSNIVA);

        _setValue(_get(TextArea.class, spec -> spec.withId("report-analysis")), "Ännu inte sparad analys.");
        _setValue(_get(TextArea.class, spec -> spec.withId("action-what")), "Se över arvodesnivåerna");
        _setValue(_get(TextArea.class, spec -> spec.withId("action-cause")), "Fler ärenden än budgeterat");
        _setValue(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("action-responsible")),
                "Eva Lind");
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("action-due")), due);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("action-effect")), new BigDecimal("50"));
        click("action-add");

        assertThat(text("report-message")).isEqualTo("Åtgärden är tillagd.");
        // What the chief typed in the report but has not saved is still there.
        assertThat(_get(TextArea.class, spec -> spec.withId("report-analysis")).getValue())
                .isEqualTo("Ännu inte sparad analys.");
        // Its due date has passed: marked overdue.
        com.vaadin.flow.component.grid.Grid<?> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("actions-grid"));
        assertThat(String.join("|", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0)))
                .isEqualTo("Se över arvodesnivåerna|Fler ärenden än budgeterat|Eva Lind|" + due
                        + "|50|Verksamhetsnivå||||Föreslagen – försenad");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_unit_over_the_frame_is_told_it_needs_a_political_atgard_until_one_is_added() {
        // 1190 in December is used by no other test; the åtgärd added is cancelled at the end so it does not follow
        // the unit into other tests' months.
        login("kommundirektor");
        open("1190", new Period(2026, 12));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("report-forecast")), new BigDecimal("999999"));
        click("report-save");
        assertThat(text("actions-political-needed"))
                .isEqualTo("Prognosen överstiger årsbudgeten: enheten behöver en åtgärd på politisk nivå eller ett"
                        + " politiskt beslut.");

        _setValue(_get(TextArea.class, spec -> spec.withId("action-what")), "Begär utökad ram hos nämnden");
        _setValue(_get(TextArea.class, spec -> spec.withId("action-cause")), "Prognosen över årsbudgeten");
        _setValue(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("action-responsible")),
                "Kommundirektören");
        _setValue(
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("action-due")),
                java.time.LocalDate.of(2099, 12, 31));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("action-effect")), new BigDecimal("10"));
        _setValue(
                _get(Select.class, spec -> spec.withId("action-level")),
                se.ekonomiuppfoljning.actions.DecisionLevel.POLITISK_NIVA);
        click("action-add");

        assertThat(text("report-message")).isEqualTo("Åtgärden är tillagd.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("actions-political-needed")))
                .isEmpty();

        se.ekonomiuppfoljning.actions.ActionService actions =
                context.getBean(se.ekonomiuppfoljning.actions.ActionService.class);
        for (se.ekonomiuppfoljning.actions.ActionView added : actions.openActions(UnitCode.of("1190"))) {
            se.ekonomiuppfoljning.actions.Action a = added.action();
            if (a.what().equals("Begär utökad ram hos nämnden")) {
                actions.update(
                        a.id(),
                        new se.ekonomiuppfoljning.actions.ActionDraft(
                                a.what(),
                                a.cause(),
                                a.responsible(),
                                a.dueDate(),
                                a.expectedEffect(),
                                a.decisionLevel(),
                                se.ekonomiuppfoljning.actions.ActionStatus.AVBRUTEN,
                                null),
                        a.version());
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_chiefs_task_list_shows_the_month_missing_its_analysis_and_opens_the_report() {
        login("overformyndare");
        UI.getCurrent().navigate(se.ekonomiuppfoljning.ui.cycle.TasksView.class);
        com.vaadin.flow.component.grid.Grid<?> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("tasks-1150"));
        String row = String.join("|", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0));
        assertThat(row).startsWith("Överförmyndarvht|");
        com.github.mvysny.kaributesting.v10.GridKt._selectRow(grid, 0);
        assertThat(_get(MonthlyReportView.class).getPageTitle()).startsWith("Månadsrapport: Överförmyndarvht");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_kommundirektor_proposes_an_atgard_and_the_ekonomichef_not_he_records_its_political_decision() {
        login("kommundirektor");
        open("1180", new Period(2026, 5));
        _setValue(_get(TextArea.class, spec -> spec.withId("action-what")), "Omfördela vikariebudgeten");
        _setValue(_get(TextArea.class, spec -> spec.withId("action-cause")), "Höga sjuklönekostnader");
        _setValue(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("action-responsible")),
                "HR-chefen");
        _setValue(
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("action-due")),
                java.time.LocalDate.of(2099, 12, 31));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("action-effect")), new BigDecimal("120"));
        click("action-add");

        com.vaadin.flow.component.grid.Grid<?> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("actions-grid"));
        int row = rowStartingWith(grid, "Omfördela vikariebudgeten|"); // HR's demo åtgärd is listed too
        com.github.mvysny.kaributesting.v10.GridKt._selectRow(grid, row);
        _setValue(
                _get(Select.class, spec -> spec.withId("action-edit-status")),
                se.ekonomiuppfoljning.actions.ActionStatus.BESLUTAD);
        _setValue(
                _get(Select.class, spec -> spec.withId("action-edit-level")),
                se.ekonomiuppfoljning.actions.DecisionLevel.POLITISK_NIVA);
        _setValue(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("action-edit-organ")),
                "KS");
        _setValue(
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("action-edit-date")),
                java.time.LocalDate.of(2026, 6, 1));
        _setValue(
                _get(
                        com.vaadin.flow.component.textfield.IntegerField.class,
                        spec -> spec.withId("action-edit-paragraph")),
                14);
        click("action-edit-save");
        assertThat(text("report-message")).contains("fyra ögon"); // he proposed it: another records the decision

        logout();
        login("ekonomichef");
        open("1180", new Period(2026, 5));
        grid = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("actions-grid"));
        com.github.mvysny.kaributesting.v10.GridKt._selectRow(
                grid, rowStartingWith(grid, "Omfördela vikariebudgeten|"));
        _setValue(
                _get(Select.class, spec -> spec.withId("action-edit-status")),
                se.ekonomiuppfoljning.actions.ActionStatus.BESLUTAD);
        _setValue(
                _get(Select.class, spec -> spec.withId("action-edit-level")),
                se.ekonomiuppfoljning.actions.DecisionLevel.POLITISK_NIVA);
        click("action-edit-save");
        assertThat(text("report-message")).contains("organ");

        _setValue(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("action-edit-organ")),
                "KS");
        _setValue(
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("action-edit-date")),
                java.time.LocalDate.of(2026, 6, 1));
        _setValue(
                _get(
                        com.vaadin.flow.component.textfield.IntegerField.class,
                        spec -> spec.withId("action-edit-paragraph")),
                14);
        click("action-edit-save");

        assertThat(text("report-message")).isEqualTo("Åtgärden är ändrad.");
        grid = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("actions-grid"));
        assertThat(String.join(
                        "|",
                        com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(
                                grid, rowStartingWith(grid, "Omfördela vikariebudgeten|"))))
                .endsWith("|Politisk nivå|KS|2026-06-01|§ 14|Beslutad");
    }

    @Test
    void the_ekonomichef_sets_the_periods_last_day_and_the_chief_sees_it() {
        login("controller"); // the economist of the whole kommun: the deadline is every unit's
        UI.getCurrent().navigate(se.ekonomiuppfoljning.ui.cycle.TasksView.class);
        _setValue(
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("tasks-deadline-date")),
                java.time.LocalDate.of(2026, 2, 27));
        click("tasks-deadline-save");
        assertThat(text("tasks-deadline-message"))
                .isEqualTo("Sista dagen måste ligga efter periodens slut (2026-02-28).");
        _setValue(
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("tasks-deadline-date")),
                java.time.LocalDate.of(2026, 3, 10));
        click("tasks-deadline-save");

        login("overformyndare"); // another user: a fresh page
        UI.getCurrent().navigate(se.ekonomiuppfoljning.ui.followup.FollowUpView.class);
        UI.getCurrent().navigate(se.ekonomiuppfoljning.ui.cycle.TasksView.class);
        assertThat(text("tasks-deadline")).isEqualTo("Sista dag för månadsrapporterna: 2026-03-10");
        assertThat(_find(com.vaadin.flow.component.datepicker.DatePicker.class)).isEmpty();
    }

    @Test
    void anEconomistOfOneCommitteesUnitsIsNotOfferedTheWholeKommunsDeadline() {
        login("ekonomichef");
        UI.getCurrent().navigate(se.ekonomiuppfoljning.ui.cycle.TasksView.class);
        assertThat(_find(com.vaadin.flow.component.datepicker.DatePicker.class)).isEmpty();
        assertThat(text("tasks-deadline-read-only")).startsWith("Sista dagen gäller hela kommunen");
    }

    @Test
    void a_politician_reads_the_report_without_any_control_to_change_it() {
        login("politiker");
        open("1150", new Period(2026, 1));
        assertThat(_find(TextArea.class, spec -> spec.withId("report-analysis")))
                .isEmpty(); // not approved: no texts
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("report-forecast"))
                        .isReadOnly())
                .isTrue();
        assertThat(_find(Button.class))
                .filteredOn(b -> b.getId().orElse("").startsWith("report-"))
                .isEmpty();
    }

    private static String grid(String id) {
        com.vaadin.flow.component.grid.Grid<?> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId(id));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < com.github.mvysny.kaributesting.v10.GridKt._size(grid); i++) {
            rows.append(String.join("|", com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, i)))
                    .append('\n');
        }
        return rows.toString();
    }

    @Test
    void theKommundirektorWhoWroteAndMarkedAMonthReadyFindsApproveDisabledWithTheReasonAndTheEkonomichefApproves() {
        login("kommundirektor");
        open("1160", new Period(2026, 9));
        _setValue(_get(Select.class, spec -> spec.withId("report-status")), FollowUpStatus.ENLIGT_PLAN);
        _setValue(_get(TextArea.class, spec -> spec.withId("report-analysis")), "Skriven av kommundirektören själv.");
        click("report-ready");
        assertThat(text("report-state")).isEqualTo("Status: Klar för granskning");

        Button approve = _get(Button.class, spec -> spec.withId("report-approve"));
        assertThat(approve.isEnabled()).isFalse();
        assertThat(text("report-four-eyes"))
                .startsWith("Godkänn kan inte användas av dig:")
                .contains("fyra ögon");

        login("ekonomichef");
        open("1160", new Period(2026, 9));
        assertThat(_find(Paragraph.class, spec -> spec.withId("report-four-eyes")))
                .isEmpty();
        click("report-approve");
        assertThat(text("report-state")).isEqualTo("Status: Godkänd");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUnitsChiefCannotDecideTheirOwnAtgardOnTheMonthPageAndTheEkonomichefsRecordedDecisionIsInTheMonthsHistory() {
        login("hrchef");
        open("1180", new Period(2026, 10));
        _setValue(_get(TextArea.class, spec -> spec.withId("action-what")), "Pröva gemensam vikariepool");
        _setValue(_get(TextArea.class, spec -> spec.withId("action-cause")), "Höga vikariekostnader");
        _setValue(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("action-responsible")),
                "Lena Holm");
        _setValue(
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("action-due")),
                java.time.LocalDate.of(2099, 12, 31));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("action-effect")), new BigDecimal("40"));
        click("action-add");
        com.vaadin.flow.component.grid.Grid<?> actionsGrid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("actions-grid"));
        com.github.mvysny.kaributesting.v10.GridKt._selectRow(
                actionsGrid, rowStartingWith(actionsGrid, "Pröva gemensam vikariepool|"));

        Select<se.ekonomiuppfoljning.actions.ActionStatus> status =
                _get(Select.class, spec -> spec.withId("action-edit-status"));
        assertThat(status.getListDataView().getItems())
                .doesNotContain(
                        se.ekonomiuppfoljning.actions.ActionStatus.BESLUTAD,
                        se.ekonomiuppfoljning.actions.ActionStatus.PAGAR,
                        se.ekonomiuppfoljning.actions.ActionStatus.GENOMFORD);
        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("action-edit-organ"))
                        .isReadOnly())
                .isTrue();
        assertThat(text("action-edit-decider")).contains("ekonom eller en chef ovanför enheten");

        login("ekonomichef");
        open("1180", new Period(2026, 10));
        actionsGrid = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("actions-grid"));
        com.github.mvysny.kaributesting.v10.GridKt._selectRow(
                actionsGrid, rowStartingWith(actionsGrid, "Pröva gemensam vikariepool|"));
        _setValue(
                _get(Select.class, spec -> spec.withId("action-edit-status")),
                se.ekonomiuppfoljning.actions.ActionStatus.BESLUTAD);
        _setValue(
                _get(Select.class, spec -> spec.withId("action-edit-level")),
                se.ekonomiuppfoljning.actions.DecisionLevel.POLITISK_NIVA);
        _setValue(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("action-edit-organ")),
                "KS");
        _setValue(
                _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("action-edit-date")),
                java.time.LocalDate.of(2026, 11, 2));
        _setValue(
                _get(
                        com.vaadin.flow.component.textfield.IntegerField.class,
                        spec -> spec.withId("action-edit-paragraph")),
                77);
        click("action-edit-save");
        assertThat(text("report-message")).isEqualTo("Åtgärden är ändrad.");

        assertThat(grid("report-history"))
                .contains("|ekonomichef|Åtgärd: Pröva gemensam vikariepool|")
                .contains("Beslut: KS 2026-11-02 § 77")
                .contains("|hrchef|Åtgärd: Pröva gemensam vikariepool|");
    }

    @Test
    void aPoliticianSeesNeitherTheDraftAnalysisNorTheSendBackCommentOnTheMonthPageOnlyTheApprovedTexts() {
        login("itchef");
        open("1120", new Period(2026, 11));
        _setValue(_get(Select.class, spec -> spec.withId("report-status")), FollowUpStatus.ENLIGT_PLAN);
        _setValue(_get(TextArea.class, spec -> spec.withId("report-analysis")), "Utkast: licenserna dyrare.");
        click("report-ready");
        login("kommundirektor");
        open("1120", new Period(2026, 11));
        _setValue(_get(TextArea.class, spec -> spec.withId("report-review-comment")), "Internt: räkna om licenserna.");
        click("report-send-back");

        login("politiker");
        open("1120", new Period(2026, 11));
        assertThat(text("report-state")).isEqualTo("Status: Återskickad");
        assertThat(text("report-texts-withheld")).contains("när månaden är godkänd");
        assertThat(_find(TextArea.class, spec -> spec.withId("report-analysis")))
                .isEmpty();
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .noneMatch(t -> t.contains("Internt") || t.contains("Utkast: licenserna"));

        login("itchef");
        open("1120", new Period(2026, 11));
        click("report-ready");
        login("kommundirektor");
        open("1120", new Period(2026, 11));
        click("report-approve");
        login("politiker");
        open("1120", new Period(2026, 11));
        assertThat(_get(TextArea.class, spec -> spec.withId("report-analysis")).getValue())
                .isEqualTo("Utkast: licenserna dyrare.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("report-texts-withheld")))
                .isEmpty();
    }

    @Test
    void a_politician_asks_about_the_deviation_the_chief_answers_and_the_politician_reads_the_answer() {
        login("politiker");
        open("1150", new Period(2026, 4));
        _setValue(_get(TextArea.class, spec -> spec.withId("question-text")), "Varför ökar arvodena?");
        click("question-ask");
        assertThat(text("report-message")).isEqualTo("Frågan är skickad till enheten.");
        String id = _find(Paragraph.class).stream()
                .map(p -> p.getId().orElse(""))
                .filter(i -> i.matches("question-\\d+"))
                .findFirst()
                .orElseThrow()
                .substring("question-".length());

        _setValue(
                _get(TextArea.class, spec -> spec.withId("question-edit-text-" + id)), "Varför ökar arvodena i april?");
        click("question-edit-save-" + id);
        assertThat(text("report-message")).isEqualTo("Frågan är ändrad.");
        assertThat(text("question-" + id)).endsWith("Varför ökar arvodena i april?");

        login("overformyndare");
        open("1150", new Period(2026, 4));
        assertThat(_find(Button.class, spec -> spec.withId("question-ask"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("question-edit-save-" + id)))
                .isEmpty();
        _setValue(
                _get(TextArea.class, spec -> spec.withId("answer-text-" + id)),
                "Fler ställföreträdarskap sedan årsskiftet.");
        click("answer-send-" + id);

        login("politiker");
        open("1150", new Period(2026, 4));
        assertThat(text("answer-" + id)).isEqualTo("Svar från Eva Lind: Fler ställföreträdarskap sedan årsskiftet.");
        assertThat(text("question-" + id)).startsWith("Fråga från Anna Berg ("); // names, not user names
        assertThat(_find(Button.class, spec -> spec.withId("answer-send-" + id)))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("question-edit-save-" + id)))
                .isEmpty(); // answered: fixed
    }

    @org.springframework.beans.factory.annotation.Autowired
    se.ekonomiuppfoljning.cycle.MonthlyReportService reports;

    @Test
    void when_someone_else_saved_first_the_second_save_is_refused_and_the_text_is_kept() {
        login("overformyndare");
        open("1150", new Period(2026, 6));
        _setValue(_get(TextArea.class, spec -> spec.withId("report-analysis")), "Evas analys som inte får försvinna.");

        login("kommundirektor"); // meanwhile, in another browser
        reports.save(
                UnitCode.of("1150"),
                new Period(2026, 6),
                new se.ekonomiuppfoljning.cycle.ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "", "Johans analys.", null),
                0);

        login("overformyndare");
        click("report-save");
        assertThat(text("report-message")).contains("har ändrats av någon annan");
        assertThat(_get(TextArea.class, spec -> spec.withId("report-analysis")).getValue())
                .isEqualTo("Evas analys som inte får försvinna.");
        assertThat(reports.report(UnitCode.of("1150"), new Period(2026, 6))
                        .report()
                        .analysis())
                .isEqualTo("Johans analys.");
    }

    @Test
    void another_units_chief_gets_a_refusal() {
        login("itchef");
        open("1150", new Period(2026, 2));
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .contains("Du har inte behörighet att se enhet 1150, eller så finns den inte.");
    }
}
