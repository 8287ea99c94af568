package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.ekonomiuppfoljning.actions.ActionDraft;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.cases.CaseDecisionService;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.CaseStage;
import se.ekonomiuppfoljning.reports.cases.DecisionDraft;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.ui.cycle.MonthlyReportView;
import se.ekonomiuppfoljning.ui.reports.CaseView;
import se.ekonomiuppfoljning.ui.reports.CasesView;

/**
 * Issue 12.10–11 on the demo data, with a case of KLS for January made here (the demo's case stays as it is):
 * recording asks for confirmation, a decision that sends the case on needs the next meeting's date, a recorded
 * decision is corrected, an organ's own numbering is set and proposed, a political åtgärd is decided through the
 * case's decision and its grid shows organ, date and §; and the first administrator opens Ärenden without being
 * refused. Every case, åtgärd and numbering made here is removed afterwards.
 */
class CaseDecisionsViewTest extends KaribuTest {

    private static final UnitCode KLS = UnitCode.of("KLS");
    private static final UnitCode IT = UnitCode.of("1120");
    private static final Period JANUARY = new Period(2026, 1);
    private static final LocalDate AU_MEETING = LocalDate.of(2026, 2, 16);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseFlowService cases;

    @Autowired
    CaseDecisionService decisions;

    @Autowired
    ActionService actions;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Clock clock;

    private long highestCase;
    private long highestAction;

    @BeforeEach
    void rememberTheCases() {
        highestCase = CreatedCases.highestId(jdbc);
        Long action = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM unit_action", Long.class);
        highestAction = action == null ? 0 : action;
    }

    @AfterEach
    void removeWhatWasMade() {
        CreatedCases.removeAfter(jdbc, highestCase);
        jdbc.update(
                "DELETE FROM audit_entry WHERE entity = 'ACTION' AND CAST(entity_id AS UNSIGNED) > ?", highestAction);
        jdbc.update("DELETE FROM unit_action WHERE id > ?", highestAction);
        jdbc.update("DELETE FROM paragraph_numbering");
    }

    /** The KS meeting after AU, in the year the portal's clock is in (so that the numbering of "this year" applies). */
    private LocalDate ksMeeting() {
        return LocalDate.of(Math.max(2026, LocalDate.now(clock).getYear()), 3, 2);
    }

    private ReportCase sentToAu() {
        login("ekonomichef");
        ReportCase created =
                cases.createNewVersion(KLS, JANUARY, CaseDetails.blank().withCaseNumber("KS/2026:7"));
        return cases.send(created.id(), AU_MEETING, created.version());
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> decisionsGrid() {
        return _get(Grid.class, spec -> spec.withId("case-decisions"));
    }

    @Test
    void recording_the_decision_asks_for_confirmation_and_records_nothing_until_confirmed() {
        ReportCase sent = sentToAu();
        UI.getCurrent().navigate(CaseView.class, sent.id());
        _setValue(_get(DatePicker.class, spec -> spec.withId("case-next-meeting")), ksMeeting());
        int paragraph =
                _get(IntegerField.class, spec -> spec.withId("case-paragraph")).getValue();

        clickAsBrowser("case-record");
        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("case-record-confirm"));
        assertThat(ConfirmDialogKt._getText(dialog))
                .isEqualTo("Allmänna utskottet § " + paragraph + " den 2026-02-16. Ärendet går vidare till "
                        + "Kommunstyrelsens sammanträde " + ksMeeting() + ".");
        assertThat(cases.get(sent.id()).decisions()).isEmpty();
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(cases.get(sent.id()).stage()).isEqualTo(CaseStage.ALLMANNA_UTSKOTTET);

        clickAsBrowser("case-record");
        Confirmations.confirmAsBrowser(_get(ConfirmDialog.class, spec -> spec.withId("case-record-confirm")));
        ReportCase recorded = cases.get(sent.id());
        assertThat(recorded.stage()).isEqualTo(CaseStage.KOMMUNSTYRELSEN);
        assertThat(recorded.decision(Organ.AU).orElseThrow().paragraph()).isEqualTo(paragraph);
    }

    @Test
    void a_decision_that_sends_the_case_on_is_not_recorded_without_the_next_meeting_date() {
        ReportCase sent = sentToAu();
        UI.getCurrent().navigate(CaseView.class, sent.id());

        clickAsBrowser("case-record");

        assertThat(_find(ConfirmDialog.class)).isEmpty();
        DatePicker next = _get(DatePicker.class, spec -> spec.withId("case-next-meeting"));
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).isEqualTo("Ange datum för Kommunstyrelsens sammanträde.");
        ReportCase stored = cases.get(sent.id());
        assertThat(stored.stage()).isEqualTo(CaseStage.ALLMANNA_UTSKOTTET);
        assertThat(stored.nextMeeting()).contains(AU_MEETING);
    }

    @Test
    void the_economist_corrects_a_recorded_decision_after_confirming_and_the_history_shows_before_and_after() {
        ReportCase sent = sentToAu();
        int paragraph = decisions.proposedParagraph(sent.id());
        decisions.recordDecision(
                sent.id(), new DecisionDraft(AU_MEETING, paragraph, "Beslut", ksMeeting()), sent.version());
        UI.getCurrent().navigate(CaseView.class, sent.id());

        clickAsBrowser((Button) GridKt._getCellComponent(decisionsGrid(), 0, "correct"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("case-correct-paragraph")), paragraph + 50);
        clickAsBrowser("case-correct-save");
        Confirmations.confirmAsBrowser(_get(ConfirmDialog.class, spec -> spec.withId("case-correct-confirm")));

        ReportCase corrected = cases.get(sent.id());
        assertThat(corrected.decision(Organ.AU).orElseThrow().paragraph()).isEqualTo(paragraph + 50);
        assertThat(corrected.stage()).isEqualTo(CaseStage.KOMMUNSTYRELSEN);
        var last = cases.history(sent.id()).get(cases.history(sent.id()).size() - 1);
        assertThat(last.before()).contains("§ " + paragraph + " ");
        assertThat(last.after()).contains("§ " + (paragraph + 50) + " ");

        logout();
        login("kommundirektor");
        UI.getCurrent().navigate(CaseView.class, sent.id());
        assertThat(decisionsGrid().getColumnByKey("correct")).isNull();
    }

    @Test
    void the_economist_sets_the_organs_next_paragraph_on_arenden_and_the_case_at_ks_proposes_it() {
        ReportCase sent = sentToAu();
        decisions.recordDecision(
                sent.id(),
                new DecisionDraft(AU_MEETING, decisions.proposedParagraph(sent.id()), "Beslut", ksMeeting()),
                sent.version());
        int year = LocalDate.now(clock).getYear();
        UI.getCurrent().navigate(CasesView.class);

        _setValue(_get(IntegerField.class, spec -> spec.withId("cases-numbering-next")), 231);
        clickAsBrowser("cases-numbering-save");

        assertThat(_get(Div.class, spec -> spec.withId("cases-numbering-KS")).getText())
                .isEqualTo("Kommunstyrelsen " + year + ": nästa § 231 (från organets numrering)");
        UI.getCurrent().navigate(CaseView.class, sent.id());
        if (ksMeeting().getYear() == year) {
            assertThat(_get(IntegerField.class, spec -> spec.withId("case-paragraph"))
                            .getValue())
                    .isEqualTo(231);
        }

        logout();
        login("kommundirektor");
        UI.getCurrent().navigate(CasesView.class);
        assertThat(_get(Div.class, spec -> spec.withId("cases-numbering-KS")).getText())
                .contains("nästa § 231");
        assertThat(_find(Button.class, spec -> spec.withId("cases-numbering-save")))
                .isEmpty();
    }

    @Test
    void the_ks_decision_records_the_political_action_once_and_its_grid_shows_organ_date_and_paragraph() {
        login("itchef");
        ActionView proposed = actions.create(
                IT,
                JANUARY,
                new ActionDraft(
                        "Begär utökad ram för licenser",
                        "Dyrare licenser",
                        "Per Ek",
                        LocalDate.of(2026, 6, 30),
                        new BigDecimal("50000"),
                        DecisionLevel.POLITISK_NIVA,
                        null,
                        null));
        logout();
        ReportCase sent = sentToAu();
        ReportCase atKs = decisions.recordDecision(
                sent.id(),
                new DecisionDraft(AU_MEETING, decisions.proposedParagraph(sent.id()), "Beslut", ksMeeting()),
                sent.version());
        UI.getCurrent().navigate(CaseView.class, atKs.id());
        int paragraph =
                _get(IntegerField.class, spec -> spec.withId("case-paragraph")).getValue();
        _setValue(
                _get(DatePicker.class, spec -> spec.withId("case-next-meeting")),
                ksMeeting().plusMonths(1));
        @SuppressWarnings("unchecked")
        CheckboxGroup<ActionView> decided = _get(CheckboxGroup.class, spec -> spec.withId("case-decision-actions"));
        ActionView item = decided.getListDataView()
                .getItems()
                .filter(v -> v.action().id() == proposed.action().id())
                .findFirst()
                .orElseThrow();
        decided.setValue(Set.of(item));

        clickAsBrowser("case-record");
        Confirmations.confirmAsBrowser(_get(ConfirmDialog.class, spec -> spec.withId("case-record-confirm")));

        var action = actions.action(proposed.action().id()).action();
        assertThat(action.status()).isEqualTo(ActionStatus.BESLUTAD);
        assertThat(action.decision()).hasToString("KS " + ksMeeting() + " § " + paragraph);
        assertThat(decisions.actionsForDecision(atKs.id()))
                .noneMatch(v -> v.action().id() == action.id());

        logout();
        login("itchef");
        UI.getCurrent().navigate(MonthlyReportView.class, MonthlyReportView.parameters(IT, JANUARY));
        @SuppressWarnings("unchecked")
        Grid<ActionView> grid = _get(Grid.class, spec -> spec.withId("actions-grid"));
        List<String> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join("|", GridKt._getFormattedRow(grid, i)))
                .toList();
        assertThat(rows)
                .anyMatch(r -> r.contains("Begär utökad ram för licenser")
                        && r.contains("|KS|" + ksMeeting() + "|§ " + paragraph + "|"));
        assertThat(grid.getColumnByKey("DECISION_ORGAN").getHeaderText()).isEqualTo("Beslutsorgan");
    }

    @Test
    void the_first_administrator_opens_arenden_without_a_refusal_and_is_offered_no_case_to_create() {
        if (users.findByUsername("forvaltare").isEmpty()) {
            users.save(
                    new UserAccount(
                            "forvaltare", "Administratör", Set.of(Role.ADMIN, Role.EKONOM), Set.of(), Set.of(), true),
                    passwords.encode("demo2026"));
        }
        try {
            login("forvaltare");

            UI.getCurrent().navigate(CasesView.class);

            assertThat(_find(CasesView.class)).hasSize(1);
            assertThat(_find(ComboBox.class, spec -> spec.withId("case-new-node")))
                    .isEmpty();
            assertThat(cases.creatableNodes()).isEmpty();
            assertThat(_get(Div.class, spec -> spec.withId("cases-numbering-KS"))
                            .getText())
                    .startsWith("Kommunstyrelsen");
        } finally {
            // a second administrator left behind would let the demo's admin take away their own last ADMIN
            jdbc.update("DELETE FROM app_user WHERE username = 'forvaltare'");
            jdbc.update("UPDATE change_counter SET counter = counter + 1 WHERE name = 'users'");
        }
    }
}
