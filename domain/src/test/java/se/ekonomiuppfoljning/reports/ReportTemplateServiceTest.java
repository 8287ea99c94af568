package se.ekonomiuppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryOrganisation;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class ReportTemplateServiceTest {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    private final DefaultReportTemplates templates = new DefaultReportTemplates();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(SeedKommun.admin("admin"));
    private final ReportTemplateService service = new ReportTemplateService(
            templates,
            new InMemoryOrganisation(SeedKommun.organisation()),
            audit,
            caller::get,
            Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")));

    @Test
    void the_texts_are_the_defaults_until_the_kommun_writes_its_own() {
        assertThat(service.texts()).extracting(TemplateText::key).contains("frame.within", "proposal.default");
        assertThat(service.texts()).allMatch(t -> !t.overridden() && t.text().equals(t.defaultText()));

        TemplateText saved = service.save("frame.within", "Verksamheten i {enhet} håller budgeten.");

        assertThat(saved.overridden()).isTrue();
        assertThat(templates.load().text("frame.within")).isEqualTo("Verksamheten i {enhet} håller budgeten.");
        assertThat(audit.entriesFor(ReportTemplateService.AUDIT_ENTITY, "frame.within"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.before()).isNull();
                    assertThat(e.after()).isEqualTo("Verksamheten i {enhet} håller budgeten.");
                });
    }

    @Test
    void a_blank_text_or_the_default_itself_puts_the_default_back() {
        caller.set(SeedKommun.economist("kommunekonom", SeedKommun.KOMMUN));
        service.save("proposal.heading", "Förslag");
        service.save("proposal.heading", "  ");
        assertThat(templates.overrides()).doesNotContainKey("proposal.heading");

        service.save("summary.heading", "Sammanfattning");
        service.save("summary.heading", ReportTemplate.defaults().text("summary.heading"));
        assertThat(templates.overrides()).isEmpty();
        assertThat(audit.entriesFor(ReportTemplateService.AUDIT_ENTITY, "summary.heading"))
                .hasSize(2);
    }

    @Test
    void unknown_keys_and_placeholders_are_refused() {
        assertThatThrownBy(() -> service.save("no.such.key", "x"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(Problem.of(ReportProblem.TEMPLATE_KEY_UNKNOWN, "no.such.key")));
        assertThatThrownBy(() -> service.save("frame.over", "Över ramen med {avvikelse} tkr i {enhett} {}"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ReportProblem.TEMPLATE_PLACEHOLDER_UNKNOWN);
                    assertThat(e.problem().arguments().get(0)).isEqualTo("{enhett}, {}");
                    assertThat((String) e.problem().arguments().get(1))
                            .startsWith("{antal}, {av}, {avvikelse}, {datum}")
                            .endsWith("{år}");
                });
        assertThat(templates.overrides()).isEmpty();
    }

    @Test
    void chiefs_and_politicians_may_not_edit_the_template() {
        caller.set(SeedKommun.chief("eva", SeedKommun.OVERFORMYNDAR));
        assertThatThrownBy(service::texts).isInstanceOf(PermissionDeniedException.class);
        caller.set(SeedKommun.politician("lena", SeedKommun.KS));
        assertThatThrownBy(() -> service.save("frame.within", "x")).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void anEconomistOfOneCommitteesUnitsCannotRewordTheKsAndKfDecisionsForTheWholeKommun() {
        caller.set(SeedKommun.economist("martin", SeedKommun.KLS));
        assertThat(service.texts()).isNotEmpty(); // reading stays
        assertThat(service.mayEdit()).isFalse();
        for (String key : ReportTemplate.defaults().keys()) {
            assertThatThrownBy(() -> service.save(key, "Kommunstyrelsen beslutar att bevilja 10 miljoner."))
                    .isInstanceOf(PermissionDeniedException.class);
        }
        assertThat(templates.overrides()).isEmpty();
        assertThat(audit.entries).isEmpty();
    }
}
