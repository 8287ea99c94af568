package se.ekonomiuppfoljning.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class AuditServiceTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(SeedKommun.admin("admin"));
    private final AuditService service =
            new AuditService(log, caller::get, Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), STOCKHOLM));

    AuditServiceTest() {
        // 2026-02-28 23:30 in Stockholm is 22:30 UTC: the 28th there, whatever UTC says
        log.record(new AuditEntry(
                        "eva", Instant.parse("2026-02-28T22:30:00Z"), "UNIT_REPORT", "1150/2026-02", null, "analys=a")
                .withUnit(OVERFORMYNDAR.value()));
        log.record(new AuditEntry("eva", Instant.parse("2026-02-28T23:30:00Z"), "ACTION", "7", null, "åtgärd=b")
                .withUnit(OVERFORMYNDAR.value()));
        log.record(
                new AuditEntry("admin", Instant.parse("2026-03-01T08:00:00Z"), "USER", "eva", "e-post=", "e-post=x"));
        log.record(new AuditEntry(
                        "ekonom",
                        Instant.parse("2026-03-02T08:00:00Z"),
                        "UNIT_REPORT",
                        "KLS/2026-02",
                        "analys=",
                        "analys=c")
                .withUnit(KLS.value()));
    }

    @Test
    void the_administrator_reads_the_trail_newest_first_in_pages() {
        assertThat(service.count(AuditFilter.all())).isEqualTo(4);
        assertThat(service.find(AuditFilter.all(), 0, 2))
                .extracting(r -> r.entry().entityId())
                .containsExactly("KLS/2026-02", "eva");
        assertThat(service.find(AuditFilter.all(), 2, 2))
                .extracting(r -> r.entry().entityId())
                .containsExactly("7", "1150/2026-02");
        assertThat(service.kinds()).containsExactly("ACTION", "UNIT_REPORT", "USER");
    }

    @Test
    void the_filter_takes_actor_unit_kind_and_days_in_the_kommuns_time_zone() {
        assertThat(service.find(new AuditFilter("EVA", null, null, null, null), 0, 10))
                .hasSize(2);
        assertThat(service.find(new AuditFilter(null, "1150", "UNIT_REPORT", null, null), 0, 10))
                .extracting(r -> r.entry().entityId())
                .containsExactly("1150/2026-02");
        LocalDate february28 = LocalDate.of(2026, 2, 28);
        assertThat(service.find(new AuditFilter(null, null, null, february28, february28), 0, 10))
                .extracting(r -> r.entry().entityId())
                .containsExactly("1150/2026-02");
        assertThat(service.count(new AuditFilter(null, null, null, LocalDate.of(2026, 3, 1), null)))
                .isEqualTo(3);
        assertThat(service.count(new AuditFilter(" ", "", " ", null, null))).isEqualTo(4);
    }

    @Test
    void a_page_is_never_larger_than_the_service_allows() {
        for (int i = 0; i < AuditService.MAX_PAGE + 10; i++) {
            log.record(new AuditEntry("x", Instant.parse("2026-01-01T00:00:00Z"), "DEADLINE", "d" + i, null, "x"));
        }
        assertThat(service.find(AuditFilter.all(), 0, 100_000)).hasSize(AuditService.MAX_PAGE);
        assertThat(service.export(AuditFilter.all())).hasSize(AuditService.MAX_PAGE + 14);
    }

    @Test
    void a_chief_an_economist_or_a_politician_calling_the_service_directly_is_refused() {
        for (UserAccount user : List.of(
                SeedKommun.chief("eva", OVERFORMYNDAR),
                SeedKommun.economist("ekonom", KLS),
                SeedKommun.politician("politiker", KS))) {
            caller.set(user);
            assertThatThrownBy(() -> service.count(AuditFilter.all())).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> service.find(AuditFilter.all(), 0, 10))
                    .isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(() -> service.export(AuditFilter.all())).isInstanceOf(PermissionDeniedException.class);
            assertThatThrownBy(service::kinds).isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void a_disabled_administrator_is_refused() {
        UserAccount admin = SeedKommun.admin("admin");
        caller.set(new UserAccount(
                admin.username(), admin.displayName(), admin.roles(), admin.units(), admin.committees(), false));
        assertThatThrownBy(() -> service.find(AuditFilter.all(), 0, 10)).isInstanceOf(PermissionDeniedException.class);
    }
}
