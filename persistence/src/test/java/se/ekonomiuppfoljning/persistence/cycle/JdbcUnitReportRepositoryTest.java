package se.ekonomiuppfoljning.persistence.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.cycle.CycleProblem;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.ThresholdRepository;
import se.ekonomiuppfoljning.cycle.Thresholds;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.persistence.StoredSeed;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.SeedKommun;

@PersistenceTest
class JdbcUnitReportRepositoryTest {

    private static final Period FEBRUARY = new Period(2026, 2);
    private static final Instant NOW = Instant.parse("2026-03-05T08:00:00.123Z");

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    FigureRepository figures;

    @Autowired
    UnitReportRepository reports;

    @Autowired
    ThresholdRepository thresholds;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    private final AtomicReference<UserAccount> caller = new AtomicReference<>();

    @BeforeEach
    void storeTheSeed() {
        StoredSeed.store(organisations, figures);
    }

    private static UnitReport report(long version, String analysis) {
        return new UnitReport(
                OVERFORMYNDAR,
                FEBRUARY,
                ReportState.DRAFT,
                FollowUpStatus.ALLVARLIG_AVVIKELSE,
                "Ärendena ökar.\nFler gode män.",
                analysis,
                new BigDecimal("2631963.50"),
                "",
                "eva",
                NOW,
                version);
    }

    private MonthlyReportService service() {
        return new MonthlyReportService(
                organisations,
                figures,
                reports,
                thresholds,
                audit,
                caller::get,
                Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")));
    }

    @Test
    void a_report_comes_back_as_it_was_stored_with_swedish_text_kronor_and_milliseconds() {
        assertThat(reports.insert(report(1, "Arvodena har ökat – se bilaga. Åtgärd: översyn.")))
                .isTrue();

        assertThat(reports.find(OVERFORMYNDAR, FEBRUARY))
                .contains(report(1, "Arvodena har ökat – se bilaga. Åtgärd: översyn."));
        assertThat(reports.findAll(Set.of(OVERFORMYNDAR, IT), FEBRUARY)).hasSize(1);
        assertThat(reports.find(OVERFORMYNDAR, new Period(2026, 3))).isEmpty();
    }

    @Test
    void the_reports_in_a_state_are_read_over_every_period_for_the_units_asked_for_only() {
        UnitReport draft = report(1, "Utkast.");
        reports.insert(draft);
        UnitReport readyMarch = new UnitReport(
                OVERFORMYNDAR, new Period(2026, 3), ReportState.READY, null, "", "", null, "", "eva", NOW, 1);
        UnitReport readyIt = new UnitReport(IT, FEBRUARY, ReportState.READY, null, "", "", null, "", "per", NOW, 1);
        reports.insert(readyMarch);
        reports.insert(readyIt);

        assertThat(reports.findInState(Set.of(OVERFORMYNDAR, IT), ReportState.READY))
                .extracting(r -> r.unit().value() + " " + r.period())
                .containsExactly("1120 2026-02", "1150 2026-03");
        assertThat(reports.findInState(Set.of(OVERFORMYNDAR), ReportState.READY))
                .extracting(r -> r.unit().value() + " " + r.period())
                .containsExactly("1150 2026-03");
        assertThat(reports.findInState(Set.of(), ReportState.READY)).isEmpty();
    }

    @Test
    void an_update_over_a_stale_version_changes_no_row() {
        reports.insert(report(1, "Första."));
        assertThat(reports.update(report(2, "Andra."), 1)).isTrue();

        assertThat(reports.update(report(2, "Den inaktuella."), 1)).isFalse();
        assertThat(reports.insert(report(1, "Dubblett."))).isFalse();
        assertThat(reports.find(OVERFORMYNDAR, FEBRUARY).orElseThrow().analysis())
                .isEqualTo("Andra.");
        assertThat(jdbc.queryForObject("SELECT version FROM unit_report WHERE unit_code = '1150'", Long.class))
                .isEqualTo(2);
    }

    @Test
    void onMariaDbAnEconomistWhoWroteTheTextsCannotApproveThemAfterTheChiefMarkedTheMonthReady() {
        UserAccount economist = SeedKommun.economist("martin", KOMMUN);
        caller.set(economist);
        UnitReport saved = service()
                .save(
                        OVERFORMYNDAR,
                        FEBRUARY,
                        new ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "", "Martins analys.", null),
                        0);
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        UnitReport ready = service().markReady(OVERFORMYNDAR, FEBRUARY, saved.version());

        UnitReport stored = reports.find(OVERFORMYNDAR, FEBRUARY).orElseThrow();
        assertThat(stored.writtenBy()).isEqualTo("martin");
        assertThat(stored.updatedBy()).isEqualTo("eva");
        caller.set(economist);
        assertThatThrownBy(() -> service().approve(OVERFORMYNDAR, FEBRUARY, ready.version()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(CycleProblem.REPORT_NOT_YOURS_TO_APPROVE))
                .hasMessageContaining("FOUR_EYES_LAST_WRITER");
        assertThat(reports.find(OVERFORMYNDAR, FEBRUARY).orElseThrow().state()).isEqualTo(ReportState.READY);
    }

    @Test
    void the_service_on_mariadb_refuses_a_stale_save_and_writes_audit_rows() {
        caller.set(SeedKommun.chief("eva", OVERFORMYNDAR));
        UnitReport saved = service()
                .save(
                        OVERFORMYNDAR,
                        FEBRUARY,
                        new ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "", "Evas analys.", null),
                        0);
        service().markReady(OVERFORMYNDAR, FEBRUARY, saved.version());
        caller.set(SeedKommun.economist("martin", KOMMUN));

        assertThatThrownBy(() -> service()
                        .save(
                                OVERFORMYNDAR,
                                FEBRUARY,
                                new ReportEdit(null, "", "Martins analys.", null),
                                saved.version()))
                .isInstanceOfSatisfying(
                        ConcurrentEditException.class,
                        e -> assertThat(e.current(UnitReport.class).state()).isEqualTo(ReportState.READY));

        assertThat(reports.find(OVERFORMYNDAR, FEBRUARY).orElseThrow().analysis())
                .isEqualTo("Evas analys.");
        assertThat(audit.entriesFor(MonthlyReportService.AUDIT_ENTITY, "1150/2026-02"))
                .extracting(AuditEntry::username, AuditEntry::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("eva", NOW),
                        org.assertj.core.groups.Tuple.tuple("eva", NOW));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE before_text IS NULL", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT after_text FROM audit_entry ORDER BY id DESC LIMIT 1", String.class))
                .contains("tillstånd=READY", "analys=Evas analys.");
    }

    @Test
    void the_thresholds_are_the_defaults_until_saved() {
        assertThat(thresholds.load()).isEqualTo(Thresholds.DEFAULT);

        thresholds.save(new Thresholds(new BigDecimal("50000.00"), new BigDecimal("2.50")));
        thresholds.save(new Thresholds(new BigDecimal("75000.00"), new BigDecimal("3.00")));

        assertThat(thresholds.load()).isEqualTo(new Thresholds(new BigDecimal("75000.00"), new BigDecimal("3.00")));
    }
}
