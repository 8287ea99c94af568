package se.ekonomiuppfoljning.persistence.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.actions.ActionRepository;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.persistence.PersistenceTest;
import se.ekonomiuppfoljning.persistence.StoredSeed;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.ReportDocument;
import se.ekonomiuppfoljning.reports.ReportTemplateRepository;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.reports.cases.CaseFlowService;
import se.ekonomiuppfoljning.reports.cases.CaseRepository;
import se.ekonomiuppfoljning.reports.cases.Decision;
import se.ekonomiuppfoljning.reports.cases.FrozenReport;
import se.ekonomiuppfoljning.reports.cases.Organ;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

@PersistenceTest
class JdbcCaseRepositoryTest {

    private static final Period FEBRUARY = new Period(2026, 2);
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00.123Z");
    private static final UserAccount ECONOMIST =
            new UserAccount("ekonom", "Märta Öberg", Set.of(Role.EKONOM), Set.of(KLS), Set.of(), true);

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    FigureRepository figures;

    @Autowired
    UnitReportRepository reports;

    @Autowired
    ActionRepository actions;

    @Autowired
    UserAccountRepository users;

    @Autowired
    ReportTemplateRepository templates;

    @Autowired
    CaseRepository cases;

    @Autowired
    AuditLog audit;

    private final AtomicReference<UserAccount> caller = new AtomicReference<>(ECONOMIST);
    private TjansteskrivelseService documents;
    private CaseFlowService service;

    @BeforeEach
    void storeTheSeed() {
        StoredSeed.store(organisations, figures);
        Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Stockholm"));
        documents = new TjansteskrivelseService(
                organisations, figures, reports, actions, users, templates, caller::get, clock, List.of());
        service = new CaseFlowService(organisations, figures, reports, cases, documents, audit, caller::get, clock);
    }

    @Test
    void a_sent_case_comes_back_with_its_frozen_document_equal_to_what_was_built_and_its_figures_in_kronor() {
        CaseDetails details = CaseDetails.blank()
                .withCaseNumber("KS/2026:4")
                .withTitle("Ekonomi \u201Dfebruari\u201D – å ä ö <b>&amp;</b>");
        ReportCase created = service.create(KLS, FEBRUARY, details);
        ReportDocument built =
                documents.content(KLS, FEBRUARY, created.details()).toDocument();
        ReportCase sent = service.send(created.id(), LocalDate.of(2026, 3, 9), created.version());

        assertThat(cases.find(sent.id())).contains(sent);
        FrozenReport frozen = cases.frozen(sent.id()).orElseThrow();
        assertThat(frozen.document()).isEqualTo(built);
        assertThat(frozen.rows()).hasSize(11).last().satisfies(total -> {
            assertThat(total.unit()).isNull();
            assertThat(total.name()).isEqualTo("Totalt KLS");
            assertThat(total.figures().ytdBudget()).isEqualByComparingTo("6959507.00");
        });
        assertThat(cases.findByNodes(Set.of(KLS))).extracting(ReportCase::id).containsExactly(sent.id());
    }

    @Test
    void the_database_refuses_a_paragraph_used_twice_by_an_organ_in_a_year_and_reports_the_highest() {
        ReportCase first = service.create(KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("KS/2026:4"));
        ReportCase second =
                service.createNewVersion(KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("KS/2026:5"));
        Decision fourteen = new Decision(Organ.AU, LocalDate.of(2026, 3, 9), 14, "Beslut", "ekonom", NOW);

        assertThat(cases.addDecision(first.id(), fourteen)).isTrue();
        assertThat(cases.addDecision(second.id(), fourteen)).isFalse();
        assertThat(cases.addDecision(
                        second.id(), new Decision(Organ.KS, LocalDate.of(2026, 3, 23), 14, "Beslut", "ekonom", NOW)))
                .isTrue();
        assertThat(cases.highestParagraph(Organ.AU, 2026)).hasValue(14);
        assertThat(cases.highestParagraph(Organ.AU, 2027)).isEmpty();
        assertThat(cases.find(first.id()).orElseThrow().decisions()).containsExactly(fourteen);
    }

    @Test
    void the_case_number_pattern_is_stored_replaced_and_removed() {
        cases.saveCaseNumberPattern("KS/\\d{4}:\\d+", "admin", NOW);
        cases.saveCaseNumberPattern("KS/\\d{4}:\\d{1,4}", "admin", NOW);
        assertThat(cases.caseNumberPattern()).contains("KS/\\d{4}:\\d{1,4}");
        cases.saveCaseNumberPattern(null, "admin", NOW);
        assertThat(cases.caseNumberPattern()).isEmpty();
    }

    @Test
    void an_organs_own_next_paragraph_is_stored_per_year_and_replaced() {
        assertThat(cases.nextParagraph(Organ.KS, 2026)).isEmpty();

        cases.saveNextParagraph(Organ.KS, 2026, 31, "ekonom", NOW);
        cases.saveNextParagraph(Organ.AU, 2026, 12, "ekonom", NOW);
        cases.saveNextParagraph(Organ.KS, 2026, 32, "ekonom", NOW);

        assertThat(cases.nextParagraph(Organ.KS, 2026)).hasValue(32);
        assertThat(cases.nextParagraph(Organ.AU, 2026)).hasValue(12);
        assertThat(cases.nextParagraph(Organ.KS, 2027)).isEmpty();
    }

    @Test
    void a_corrected_decision_replaces_the_stored_one_unless_its_paragraph_is_another_cases() {
        ReportCase first = service.create(KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("KS/2026:4"));
        ReportCase second =
                service.createNewVersion(KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("KS/2026:5"));
        cases.addDecision(first.id(), new Decision(Organ.AU, LocalDate.of(2026, 3, 9), 14, "Beslut", "ekonom", NOW));
        cases.addDecision(second.id(), new Decision(Organ.AU, LocalDate.of(2026, 3, 9), 15, "Beslut", "ekonom", NOW));
        Decision corrected = new Decision(Organ.AU, LocalDate.of(2026, 3, 10), 16, "Rättat", "ekonom", NOW);

        assertThat(cases.replaceDecision(first.id(), corrected)).isTrue();
        assertThat(cases.replaceDecision(
                        second.id(), new Decision(Organ.AU, LocalDate.of(2026, 3, 9), 16, "x", "ekonom", NOW)))
                .isFalse();

        assertThat(cases.find(first.id()).orElseThrow().decisions()).containsExactly(corrected);
        assertThat(cases.find(second.id())
                        .orElseThrow()
                        .decision(Organ.AU)
                        .orElseThrow()
                        .paragraph())
                .isEqualTo(15);
        assertThat(cases.highestParagraph(Organ.AU, 2026)).hasValue(16);
    }
}
