package se.ekonomiuppfoljning.app.substitutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.app.base.DemoClock;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.substitutes.SubstituteService;
import se.ekonomiuppfoljning.ui.base.TranslationProvider;

/**
 * An ersättare in the running portal: the demo's HR chief (Lena Holm, unit 1180) names the IT chief (Per Ek, 1120)
 * for one day; on that day he writes 1180's month as the chief would, and the audit trail says he did it as her
 * ersättare; the day after he reads and writes nothing of 1180. The demo clock is moved to the day before the demo's
 * day for the substitution, and back: so "the day after" is the demo's own day, by the clock alone.
 */
@PortalTest
class SubstituteActsForChiefTest {

    private static final UnitCode HR = UnitCode.of("1180");
    private static final UnitCode IT = UnitCode.of("1120");
    /** A month that no demo story or other test approves. */
    private static final Period PERIOD = Period.parse("2026-03");

    @Autowired
    DemoClock clock;

    @Autowired
    SubstituteService substitutes;

    @Autowired
    MonthlyReportService reports;

    @Autowired
    FollowUpService followUp;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    I18NProvider i18n;

    @AfterEach
    void backOnTheDemosDay() {
        clock.resume();
    }

    @Test
    void a_substitute_writes_the_chiefs_month_during_the_range_as_substitute_and_is_refused_the_day_after() {
        LocalDate demoDay = clock.today();
        LocalDate lastDay = demoDay.minusDays(1);
        // other tests of the shared context write itchef's months too: only this test's entries count
        long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM audit_entry", Long.class);
        inRolledBackTransaction(() -> {
            clock.at(lastDay.atTime(10, 0));
            as("hrchef", () -> substitutes.name("hrchef", "itchef", lastDay, lastDay));

            long version =
                    as("itchef", () -> reports.report(HR, PERIOD).report().version());
            as(
                    "itchef",
                    () -> reports.save(HR, PERIOD, new ReportEdit(null, null, "Ersättarens analys", null), version));
            as("itchef", () -> followUp.unitDetail(HR, PERIOD));
            long ownVersion =
                    as("itchef", () -> reports.report(IT, PERIOD).report().version());
            as("itchef", () -> reports.save(IT, PERIOD, new ReportEdit(null, null, "Egen analys", null), ownVersion));

            List<AuditEntry> history = as("kommundirektor", () -> reports.history(HR, PERIOD));
            AuditEntry written = history.get(history.size() - 1);
            assertThat(written.username()).isEqualTo("itchef");
            assertThat(written.onBehalfOf()).isEqualTo("hrchef");
            assertThat(i18n.getTranslation(
                            "audit.onBehalfOf", TranslationProvider.SWEDISH, written.username(), written.onBehalfOf()))
                    .isEqualTo("itchef som ersättare för hrchef");
            assertThat(jdbc.queryForList(
                            "SELECT COALESCE(on_behalf_of, '-') FROM audit_entry WHERE username = 'itchef'"
                                    + " AND entity = 'UNIT_REPORT' AND unit_code IN ('1120', '1180') AND id > ?"
                                    + " ORDER BY id",
                            String.class,
                            before))
                    .containsExactly("hrchef", "-");
            assertThat(jdbc.queryForObject(
                            "SELECT after_text FROM audit_entry WHERE entity = 'SUBSTITUTE' ORDER BY id DESC LIMIT 1",
                            String.class))
                    .isEqualTo("chief=hrchef; substitute=itchef; from=" + lastDay + "; to=" + lastDay);

            clock.resume(); // the day after the last day
            long nowVersion =
                    as("hrchef", () -> reports.report(HR, PERIOD).report().version());
            assertThatThrownBy(() -> as(
                            "itchef",
                            () -> reports.save(HR, PERIOD, new ReportEdit(null, null, "För sent", null), nowVersion)))
                    .isInstanceOf(OutOfScopeException.class);
            assertThatThrownBy(() -> as("itchef", () -> reports.report(HR, PERIOD)))
                    .isInstanceOf(OutOfScopeException.class);
            assertThatThrownBy(() -> as("itchef", () -> followUp.unitDetail(HR, PERIOD)))
                    .isInstanceOf(OutOfScopeException.class);
            assertThat(as("itchef", () -> reports.report(IT, PERIOD))).isNotNull();
            return null;
        });
    }

    private void inRolledBackTransaction(Supplier<Object> work) {
        new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return work.get();
        });
    }

    private static <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
