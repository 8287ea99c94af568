package se.ekonomiuppfoljning.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.CommonProblem;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.InMemoryThresholds;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class MonthlyReportServiceTest {

    static final Period FEBRUARY = new Period(2026, 2);
    static final Instant NOW = Instant.parse("2026-03-05T08:00:00Z");

    static final UserAccount EVA = SeedKommun.chief("eva", OVERFORMYNDAR);
    static final UserAccount IT_CHIEF = SeedKommun.chief("ivar", IT);
    static final UserAccount KOMMUNDIREKTOR = SeedKommun.chief("johan", KOMMUN);
    static final UserAccount STABSCHEF = SeedKommun.chief("karin", KLS);
    static final UserAccount ECONOMIST = SeedKommun.economist("martin", KLS);
    static final UserAccount POLITICIAN = SeedKommun.politician("lena", KS);

    private final InMemoryFigures figures = new InMemoryFigures();
    private final InMemoryUnitReports reports = new InMemoryUnitReports();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>();
    private final MonthlyReportService service = new MonthlyReportService(
            new FixedOrganisation(SeedKommun.organisation()),
            figures,
            reports,
            new InMemoryThresholds(),
            audit,
            caller::get,
            Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")));

    MonthlyReportServiceTest() {
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
    }

    private UnitReport save(UserAccount user, UnitCode unit, String analysis, long version) {
        caller.set(user);
        return service.save(
                unit,
                FEBRUARY,
                new ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "Verksamheten går enligt plan.", analysis, null),
                version);
    }

    @Test
    void the_forecast_proposal_is_the_ytd_actual_plus_the_remaining_months_budget_in_kronor() {
        caller.set(EVA);
        MonthlyReport report = service.report(OVERFORMYNDAR, FEBRUARY);

        // 444 829 actual to February + (2 580 186 − 393 052) budget for March to December
        assertThat(report.figures().proposal()).isEqualByComparingTo("2631963");
        assertThat(report.figures().forecast()).isEqualByComparingTo("2631963");
        assertThat(report.figures().forecastDeviation()).isEqualByComparingTo("-51777");
        assertThat(report.report().version()).isZero();
        assertThat(report.mayEdit()).isTrue();
        assertThat(report.mayMarkReady()).isTrue();
        assertThat(report.mayReview()).isFalse();
    }

    @Test
    void the_overformyndare_deviation_makes_an_analysis_mandatory_and_it_does_not_for_it() {
        caller.set(KOMMUNDIREKTOR);
        MonthlyReport overformyndar = service.report(OVERFORMYNDAR, FEBRUARY);
        MonthlyReport it = service.report(IT, FEBRUARY);

        // −52 tkr YTD is within 100 000 kr but beyond 5 % of the YTD budget 393 tkr, and the forecast is negative
        assertThat(overformyndar.analysisReasons()).hasSize(2);
        assertThat(overformyndar.analysisReasons().get(0))
                .isEqualTo(Problem.of(CycleProblem.ANALYSIS_YTD_OVER_PERCENT, "−52", "5,0\u00A0%"));
        assertThat(overformyndar.analysisReasons().get(1).code()).isEqualTo(CycleProblem.ANALYSIS_FORECAST_NEGATIVE);
        assertThat(overformyndar.analysisMissing()).isTrue();
        assertThat(it.analysisRequired()).isFalse();
        assertThat(it.figures().proposal()).isEqualByComparingTo("8764730");
    }

    @Test
    void a_saved_forecast_replaces_the_proposal_in_the_forecast_deviation() {
        caller.set(EVA);
        service.save(
                OVERFORMYNDAR,
                FEBRUARY,
                new ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "", "", new BigDecimal("2500000")),
                0);

        MonthlyReport report = service.report(OVERFORMYNDAR, FEBRUARY);

        assertThat(report.figures().forecast()).isEqualByComparingTo("2500000");
        assertThat(report.figures().ownForecast()).isTrue();
        assertThat(report.figures().forecastDeviation()).isEqualByComparingTo("80186");
        assertThat(report.analysisReasons()).hasSize(1);
    }

    @Test
    void marking_ready_without_a_mandatory_analysis_is_refused_saying_why() {
        UnitReport saved = save(EVA, OVERFORMYNDAR, "", 0);

        assertThatThrownBy(() -> service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(CycleProblem.REPORT_ANALYSIS_REQUIRED))
                .hasMessageContaining("Överförmyndarvht, 2026-02")
                .hasMessageContaining(CycleProblem.ANALYSIS_FORECAST_NEGATIVE.key());
        assertThat(reports.find(OVERFORMYNDAR, FEBRUARY).orElseThrow().state()).isEqualTo(ReportState.DRAFT);
    }

    @Test
    void with_an_analysis_the_chief_marks_the_report_ready() {
        UnitReport saved = save(EVA, OVERFORMYNDAR, "Fler ärenden än budgeterat; arvodena har ökat.", 0);

        UnitReport ready = service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version());

        assertThat(ready.state()).isEqualTo(ReportState.READY);
        assertThat(ready.version()).isEqualTo(2);
        assertThat(reports.find(OVERFORMYNDAR, FEBRUARY)).contains(ready);
    }

    @Test
    void a_unit_within_the_thresholds_is_marked_ready_without_an_analysis() {
        UnitReport saved = save(IT_CHIEF, IT, "", 0);

        assertThat(service.markReady(IT, FEBRUARY, saved.version()).state()).isEqualTo(ReportState.READY);
    }

    @Test
    void marking_ready_needs_a_follow_up_status() {
        caller.set(IT_CHIEF);
        UnitReport saved = service.save(IT, FEBRUARY, new ReportEdit(null, "", "", null), 0);

        assertThatThrownBy(() -> service.markReady(IT, FEBRUARY, saved.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(CycleProblem.REPORT_STATUS_MISSING));
    }

    @Test
    void a_chief_cannot_edit_another_unit() {
        caller.set(EVA);

        assertThatThrownBy(() -> service.save(IT, FEBRUARY, new ReportEdit(null, "", "", null), 0))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.report(IT, FEBRUARY)).isInstanceOf(OutOfScopeException.class);
        assertThat(reports.find(IT, FEBRUARY)).isEmpty();
    }

    @Test
    void a_politician_reads_the_report_but_cannot_edit_anything() {
        save(EVA, OVERFORMYNDAR, "Analys.", 0);
        caller.set(POLITICIAN);

        MonthlyReport read = service.report(OVERFORMYNDAR, FEBRUARY);
        assertThat(read.report().version()).isEqualTo(1);
        assertThat(read.mayEdit()).isFalse();
        assertThatThrownBy(() -> service.save(OVERFORMYNDAR, FEBRUARY, new ReportEdit(null, "", "x", null), 1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.markReady(OVERFORMYNDAR, FEBRUARY, 1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.approve(OVERFORMYNDAR, FEBRUARY, 1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(reports.find(OVERFORMYNDAR, FEBRUARY).orElseThrow().analysis())
                .isEqualTo("Analys.");
    }

    @Test
    void aPoliticianCannotReadADraftAnalysisNorTheReviewersSendBackCommentBeforeTheMonthIsApproved() {
        UnitReport saved = save(EVA, OVERFORMYNDAR, "Utkast till analys.", 0);
        caller.set(POLITICIAN);
        MonthlyReport draft = service.report(OVERFORMYNDAR, FEBRUARY);
        assertThat(draft.report().analysis()).isEmpty();
        assertThat(draft.report().followUpText()).isEmpty();
        assertThat(draft.report().followUpStatus()).isNull();
        assertThat(draft.analysisMissing())
                .as("the analysis exists, it is only withheld")
                .isFalse();
        assertThat(draft.figures().forecast()).as("the figures stay").isEqualByComparingTo("2631963");

        caller.set(EVA);
        UnitReport ready = service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version());
        caller.set(KOMMUNDIREKTOR);
        UnitReport sentBack = service.sendBack(OVERFORMYNDAR, FEBRUARY, "Internt: räkna om arvodena.", ready.version());
        caller.set(POLITICIAN);
        MonthlyReport returned = service.report(OVERFORMYNDAR, FEBRUARY);
        assertThat(returned.report().state()).isEqualTo(ReportState.SENT_BACK);
        assertThat(returned.report().reviewComment()).isEmpty();
        assertThat(returned.report().analysis()).isEmpty();

        caller.set(EVA);
        UnitReport readyAgain = service.markReady(OVERFORMYNDAR, FEBRUARY, sentBack.version());
        caller.set(KOMMUNDIREKTOR);
        service.approve(OVERFORMYNDAR, FEBRUARY, readyAgain.version());
        caller.set(POLITICIAN);
        assertThat(service.report(OVERFORMYNDAR, FEBRUARY).report().analysis()).isEqualTo("Utkast till analys.");
    }

    @Test
    void theUnitsChiefAndTheReviewersStillReadTheDraftTexts() {
        save(EVA, OVERFORMYNDAR, "Utkast till analys.", 0);

        for (UserAccount reader : List.of(EVA, KOMMUNDIREKTOR, STABSCHEF, ECONOMIST)) {
            caller.set(reader);
            assertThat(service.report(OVERFORMYNDAR, FEBRUARY).report().analysis())
                    .as(reader.username())
                    .isEqualTo("Utkast till analys.");
        }
    }

    @Test
    void theKommundirektorCannotApproveAReportTheyWroteAndMarkedReadyThemselves() {
        UnitReport saved = save(KOMMUNDIREKTOR, OVERFORMYNDAR, "Analys skriven av kommundirektören.", 0);
        UnitReport ready = service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version());

        assertThat(service.report(OVERFORMYNDAR, FEBRUARY).mayApprove()).isFalse();
        assertThatThrownBy(() -> service.approve(OVERFORMYNDAR, FEBRUARY, ready.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(CycleProblem.REPORT_NOT_YOURS_TO_APPROVE))
                .hasMessageContaining("Överförmyndarvht, 2026-02")
                .hasMessageContaining(CycleProblem.FOUR_EYES_LAST_WRITER.key());
        assertThat(reports.find(OVERFORMYNDAR, FEBRUARY).orElseThrow().state()).isEqualTo(ReportState.READY);

        caller.set(ECONOMIST);
        assertThat(service.approve(OVERFORMYNDAR, FEBRUARY, ready.version()).state())
                .isEqualTo(ReportState.APPROVED);
    }

    @Test
    void aReviewerWhoLastSavedTheTextsCannotApproveThemAfterTheChiefMarksTheMonthReady() {
        UnitReport saved = save(ECONOMIST, OVERFORMYNDAR, "Analys från controllern.", 0);
        caller.set(EVA);
        UnitReport ready = service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version());
        caller.set(ECONOMIST);

        assertThat(service.report(OVERFORMYNDAR, FEBRUARY).fourEyesRefusal())
                .contains(Problem.of(CycleProblem.FOUR_EYES_LAST_WRITER));
        assertThatThrownBy(() -> service.approve(OVERFORMYNDAR, FEBRUARY, ready.version()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(CycleProblem.FOUR_EYES_LAST_WRITER.key());

        caller.set(KOMMUNDIREKTOR);
        assertThat(service.approve(OVERFORMYNDAR, FEBRUARY, ready.version()).state())
                .isEqualTo(ReportState.APPROVED);
    }

    @Test
    void aReviewerWhoWroteTheTextsCannotApproveThemAfterTheChiefMadeATrivialSaveAndMarkedTheMonthReady() {
        UnitReport written = save(ECONOMIST, OVERFORMYNDAR, "Analys från controllern, hela texten.", 0);
        UnitReport touched = save(EVA, OVERFORMYNDAR, "Analys från controllern, hela texten!", written.version());
        UnitReport ready = service.markReady(OVERFORMYNDAR, FEBRUARY, touched.version());
        caller.set(ECONOMIST);

        assertThat(service.report(OVERFORMYNDAR, FEBRUARY).fourEyesRefusal())
                .contains(Problem.of(CycleProblem.FOUR_EYES_WROTE_THIS_ROUND));
        assertThatThrownBy(() -> service.approve(OVERFORMYNDAR, FEBRUARY, ready.version()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(CycleProblem.FOUR_EYES_WROTE_THIS_ROUND.key());

        // sent back, and the next round is the chief's alone: the economist may approve it
        caller.set(KOMMUNDIREKTOR);
        UnitReport back = service.sendBack(OVERFORMYNDAR, FEBRUARY, "Komplettera analysen.", ready.version());
        UnitReport again = save(EVA, OVERFORMYNDAR, "Analys, kompletterad av Eva.", back.version());
        UnitReport readyAgain = service.markReady(OVERFORMYNDAR, FEBRUARY, again.version());
        caller.set(ECONOMIST);
        assertThat(service.approve(OVERFORMYNDAR, FEBRUARY, readyAgain.version())
                        .state())
                .isEqualTo(ReportState.APPROVED);
    }

    @Test
    void aReviewerWhoOnlyMarkedAReportReadyCannotApproveIt() {
        UnitReport saved = save(EVA, OVERFORMYNDAR, "Analys.", 0);
        caller.set(STABSCHEF);
        UnitReport ready = service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version());

        assertThatThrownBy(() -> service.approve(OVERFORMYNDAR, FEBRUARY, ready.version()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(CycleProblem.FOUR_EYES_MARKED_READY.key());
        caller.set(KOMMUNDIREKTOR);
        assertThat(service.approve(OVERFORMYNDAR, FEBRUARY, ready.version()).state())
                .isEqualTo(ReportState.APPROVED);
    }

    @Test
    void an_economist_writes_the_report_but_only_the_chief_marks_it_ready() {
        UnitReport saved = save(ECONOMIST, OVERFORMYNDAR, "Analys från controllern.", 0);

        assertThatThrownBy(() -> service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version()))
                .isInstanceOf(PermissionDeniedException.class);
        caller.set(EVA);
        assertThat(service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version()).state())
                .isEqualTo(ReportState.READY);
    }

    @Test
    void the_units_own_chief_cannot_approve_their_report() {
        UnitReport saved = save(EVA, OVERFORMYNDAR, "Analys.", 0);
        UnitReport ready = service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version());

        assertThat(service.report(OVERFORMYNDAR, FEBRUARY).mayReview()).isFalse();
        assertThatThrownBy(() -> service.approve(OVERFORMYNDAR, FEBRUARY, ready.version()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> service.sendBack(OVERFORMYNDAR, FEBRUARY, "Nej.", ready.version()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(reports.find(OVERFORMYNDAR, FEBRUARY).orElseThrow().state()).isEqualTo(ReportState.READY);
    }

    @Test
    void the_kommundirektor_approves_and_the_approved_report_is_frozen() {
        UnitReport saved = save(EVA, OVERFORMYNDAR, "Analys.", 0);
        UnitReport ready = service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version());
        caller.set(KOMMUNDIREKTOR);

        UnitReport approved = service.approve(OVERFORMYNDAR, FEBRUARY, ready.version());

        assertThat(approved.state()).isEqualTo(ReportState.APPROVED);
        assertThat(approved.updatedBy()).isEqualTo("johan");
        assertThatThrownBy(() -> save(EVA, OVERFORMYNDAR, "Ändrad analys.", approved.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(CycleProblem.REPORT_APPROVED_LOCKED));
    }

    @Test
    void the_kommundirektor_sends_back_with_a_comment_and_the_chief_marks_it_ready_again() {
        UnitReport saved = save(EVA, OVERFORMYNDAR, "Analys.", 0);
        UnitReport ready = service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version());
        caller.set(KOMMUNDIREKTOR);
        assertThatThrownBy(() -> service.sendBack(OVERFORMYNDAR, FEBRUARY, "  ", ready.version()))
                .isInstanceOf(RuleViolationException.class);

        UnitReport sentBack = service.sendBack(OVERFORMYNDAR, FEBRUARY, "Förklara arvodena.", ready.version());
        assertThat(sentBack.state()).isEqualTo(ReportState.SENT_BACK);
        assertThat(sentBack.reviewComment()).isEqualTo("Förklara arvodena.");

        UnitReport edited = save(EVA, OVERFORMYNDAR, "Analys med arvodena förklarade.", sentBack.version());
        assertThat(edited.state()).isEqualTo(ReportState.SENT_BACK);
        assertThat(service.markReady(OVERFORMYNDAR, FEBRUARY, edited.version()).state())
                .isEqualTo(ReportState.READY);
    }

    @Test
    void the_forvaltningschef_above_the_unit_is_a_reviewer_too() {
        UnitReport saved = save(EVA, OVERFORMYNDAR, "Analys.", 0);
        UnitReport ready = service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version());
        caller.set(STABSCHEF);

        assertThat(service.approve(OVERFORMYNDAR, FEBRUARY, ready.version()).state())
                .isEqualTo(ReportState.APPROVED);
    }

    @Test
    void a_report_not_marked_ready_cannot_be_approved() {
        UnitReport saved = save(EVA, OVERFORMYNDAR, "Analys.", 0);
        caller.set(KOMMUNDIREKTOR);

        assertThatThrownBy(() -> service.approve(OVERFORMYNDAR, FEBRUARY, saved.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(CycleProblem.REPORT_NOT_READY_TO_APPROVE));
    }

    @Test
    void a_stale_version_is_refused_and_nothing_is_lost() {
        save(EVA, OVERFORMYNDAR, "Evas analys.", 0);
        ReportEdit martins = new ReportEdit(FollowUpStatus.ALLVARLIG_AVVIKELSE, "", "Martins analys.", null);
        caller.set(ECONOMIST);

        assertThatThrownBy(() -> service.save(OVERFORMYNDAR, FEBRUARY, martins, 0))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> {
                    assertThat(e.current(UnitReport.class).analysis()).isEqualTo("Evas analys.");
                    assertThat(e.current(UnitReport.class).version()).isEqualTo(1);
                    assertThat(e.attempted()).isEqualTo(martins);
                    assertThat(e.problem().code()).isEqualTo(CommonProblem.CONCURRENT_EDIT);
                    assertThat(e.problem().arguments().get(1)).isEqualTo(0L);
                });
        UnitReport stored = reports.find(OVERFORMYNDAR, FEBRUARY).orElseThrow();
        assertThat(stored.analysis()).isEqualTo("Evas analys.");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(audit.entries).hasSize(1);
    }

    @Test
    void a_text_over_4000_characters_is_refused_naming_the_field_and_4000_are_kept() {
        String limit = "å".repeat(PlainText.MAX_LENGTH);

        assertThat(save(EVA, OVERFORMYNDAR, limit, 0).analysis()).hasSize(4000);
        assertThatThrownBy(() -> save(EVA, OVERFORMYNDAR, limit + "x", 1))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(Problem.of(
                                        CommonProblem.TEXT_TOO_LONG, Problem.of(TextField.ANALYSIS), 4000, 4001)));
    }

    @Test
    void the_progress_lists_every_unit_of_the_node_with_its_state_and_missing_analyses() {
        save(EVA, OVERFORMYNDAR, "", 0);
        UnitReport it = save(IT_CHIEF, IT, "", 0);
        service.markReady(IT, FEBRUARY, it.version());
        caller.set(KOMMUNDIREKTOR);

        List<ProgressRow> progress = service.progress(KLS, FEBRUARY);

        assertThat(progress).hasSize(11);
        assertThat(progress.get(0).unit().code()).isEqualTo(KLS);
        assertThat(progress.get(0).depth()).isZero();
        ProgressRow overformyndar = row(progress, OVERFORMYNDAR);
        assertThat(overformyndar.state()).isEqualTo(ProgressState.DRAFT);
        assertThat(overformyndar.analysisMissing()).isTrue();
        assertThat(overformyndar.depth()).isEqualTo(1);
        assertThat(row(progress, IT).state()).isEqualTo(ProgressState.READY);
        assertThat(row(progress, IT).analysisMissing()).isFalse();
        assertThat(row(progress, UnitCode.of("1110")).state()).isEqualTo(ProgressState.NOT_STARTED);
    }

    private static ProgressRow row(List<ProgressRow> rows, UnitCode code) {
        return rows.stream()
                .filter(r -> r.unit().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void every_change_is_audited_with_who_when_and_before_and_after() {
        UnitReport saved = save(EVA, OVERFORMYNDAR, "Analys.", 0);
        service.markReady(OVERFORMYNDAR, FEBRUARY, saved.version());

        assertThat(audit.entriesFor(MonthlyReportService.AUDIT_ENTITY, "1150/2026-02"))
                .satisfiesExactly(
                        created -> {
                            assertThat(created.username()).isEqualTo("eva");
                            assertThat(created.at()).isEqualTo(NOW);
                            assertThat(created.before()).isNull();
                            assertThat(created.after()).contains("analys=Analys.", "tillstånd=DRAFT");
                        },
                        ready -> {
                            assertThat(ready.before()).contains("tillstånd=DRAFT");
                            assertThat(ready.after()).contains("tillstånd=READY");
                        });
    }

    @Test
    void only_an_administrator_changes_the_thresholds_and_the_change_is_audited() {
        caller.set(ECONOMIST);
        assertThatThrownBy(() -> service.saveThresholds(new Thresholds(BigDecimal.ZERO, BigDecimal.ONE)))
                .isInstanceOf(PermissionDeniedException.class);

        caller.set(SeedKommun.admin("admin"));
        service.saveThresholds(new Thresholds(new BigDecimal("50000"), BigDecimal.TEN));

        assertThat(service.thresholds().ytdDeviationPercent()).isEqualByComparingTo("10");
        assertThat(audit.entries).singleElement().satisfies(e -> {
            assertThat(e.before()).contains("kronor=100000.00");
            assertThat(e.after()).contains("kronor=50000");
        });
    }

    @Test
    void reviewers_list_the_months_marked_ready_in_their_scope_and_no_other_committees() {
        UnitCode gataOchPark = UnitCode.of("2110");
        UnitCode administrativa = UnitCode.of("1140");
        UserAccount gataChief = SeedKommun.chief("gunnar", gataOchPark);
        service.markReady(
                OVERFORMYNDAR,
                FEBRUARY,
                save(EVA, OVERFORMYNDAR, "Arvodena ökar.", 0).version());
        service.markReady(
                gataOchPark,
                FEBRUARY,
                save(gataChief, gataOchPark, "Vinterväghållning.", 0).version());
        service.markReady(
                administrativa,
                FEBRUARY,
                save(KOMMUNDIREKTOR, administrativa, "Konsulter.", 0).version()); // his own work
        save(IT_CHIEF, IT, "", 0); // a draft: nothing to review

        caller.set(ECONOMIST); // KLS's economist: not Tekniska nämndens Gata och park
        assertThat(service.toReview())
                .extracting(t ->
                        t.unit().code().value() + " " + t.period() + " " + t.markedReadyBy() + " " + t.mayApprove())
                .containsExactlyInAnyOrder("1150 2026-02 eva true", "1140 2026-02 johan true");

        caller.set(KOMMUNDIREKTOR); // every unit; four eyes keep him from approving what he marked ready
        assertThat(service.toReview())
                .extracting(t -> t.unit().code().value() + " " + t.mayApprove())
                .containsExactlyInAnyOrder("1150 true", "2110 true", "1140 false");

        caller.set(SeedKommun.economist("tove", SeedKommun.SBF));
        assertThat(service.toReview()).extracting(t -> t.unit().code().value()).containsExactly("2110");

        caller.set(EVA); // the unit's own chief does not review it
        assertThat(service.toReview()).isEmpty();
        caller.set(gataChief);
        assertThat(service.toReview()).isEmpty();

        caller.set(POLITICIAN);
        assertThatThrownBy(service::toReview).isInstanceOf(PermissionDeniedException.class);
    }
}
