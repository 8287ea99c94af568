package se.ekonomiuppfoljning.reports;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.common.CommonProblem;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.OutOfScopeException;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryActions;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class TjansteskrivelseServiceTest {

    static final Period FEBRUARY = new Period(2026, 2);
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final UnitCode HR = UnitCode.of("1180");
    static final UnitCode NARINGSLIV = UnitCode.of("1190");

    static final UserAccount KOMMUNDIREKTOR = new UserAccount(
            "kommundirektor",
            "Johan Örnberg",
            java.util.Set.of(se.ekonomiuppfoljning.security.Role.CHEF),
            java.util.Set.of(KOMMUN),
            java.util.Set.of(),
            true);
    static final UserAccount ECONOMIST = new UserAccount(
            "ekonomichef",
            "Martin Bollner",
            java.util.Set.of(se.ekonomiuppfoljning.security.Role.EKONOM),
            java.util.Set.of(KLS),
            java.util.Set.of(),
            true);
    static final UserAccount IT_CHIEF = SeedKommun.chief("itchef", IT);
    static final UserAccount POLITICIAN = SeedKommun.politician("politiker", KS);

    private final InMemoryFigures figures = new InMemoryFigures();
    private final InMemoryUnitReports reports = new InMemoryUnitReports();
    private final InMemoryActions actions = new InMemoryActions();
    private final DefaultReportTemplates templates = new DefaultReportTemplates();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(ECONOMIST);
    private final List<ReportDocument> rendered = new ArrayList<>();
    private final TjansteskrivelseService service = new TjansteskrivelseService(
            new FixedOrganisation(SeedKommun.organisation()),
            figures,
            reports,
            actions,
            new InMemoryUsers(KOMMUNDIREKTOR, ECONOMIST, IT_CHIEF, POLITICIAN),
            templates,
            caller::get,
            Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")),
            List.of(new RecordingRenderer()));

    TjansteskrivelseServiceTest() {
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
    }

    private Tjansteskrivelse kls() {
        return service.content(KLS, FEBRUARY, CaseDetails.blank().withCaseNumber("KS/2026:4"));
    }

    private static Map<String, String> fields(Block.Fields fields) {
        return fields.fields().stream()
                .collect(Collectors.toMap(
                        Block.Field::label,
                        f -> f.value().replace('\u00A0', ' '),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }

    @Test
    void the_summary_labels_the_month_as_february_and_the_year_to_date_as_till_och_med_february() {
        Map<String, String> figures = fields(kls().figures());

        assertThat(figures)
                .containsExactly(
                        Map.entry("Budget februari", "3 483"),
                        Map.entry("Redovisning februari", "3 340"),
                        Map.entry("Avvikelse februari", "143"),
                        Map.entry("Procent av budget februari", "95,9 %"),
                        Map.entry("Budget till och med februari", "6 960"),
                        Map.entry("Redovisning till och med februari", "6 704"),
                        Map.entry("Avvikelse till och med februari", "256"),
                        Map.entry("Procent av budget till och med februari", "96,3 %"),
                        Map.entry("Årsbudget 2026", "52 999"));
        assertThat(kls().figures().caption())
                .isEqualTo("Ekonomisk uppföljning över kommunledningsstaben (i tusentals kronor)");
    }

    @Test
    void a_node_inside_its_frame_gets_the_within_frame_sentence() {
        Tjansteskrivelse memo = kls();

        assertThat(memo.withinFrame()).isTrue();
        assertThat(memo.frameSentence())
                .isEqualTo("Den ekonomiska uppföljningen visar att verksamheten bedrivs inom sin budgetram.");
    }

    @Test
    void a_unit_over_its_budget_to_date_gets_the_over_frame_sentence_with_its_deviation() {
        Tjansteskrivelse memo = service.content(OVERFORMYNDAR, FEBRUARY, CaseDetails.blank());

        assertThat(memo.withinFrame()).isFalse();
        assertThat(plain(memo.frameSentence()))
                .isEqualTo(
                        "Den ekonomiska uppföljningen visar att verksamheten överskrider sin budgetram med 52 tkr till och med februari.");
        assertThat(fields(memo.figures()))
                .containsEntry("Avvikelse till och med februari", "\u221252")
                .containsEntry("Avvikelse februari", "\u2212272");
        assertThat(memo.figures().fields().get(6).negative()).isTrue();
    }

    @Test
    void the_unit_table_is_the_seeds_with_tia_marked_and_explained_in_a_footnote() {
        Block.Table table = kls().unitTable();

        assertThat(table.rows())
                .extracting(r -> plain(String.join("|", r.cells())))
                .contains(
                        "Kommundirektör|197|162|35|82,4 %|3 560|380|343|37|90,2 %",
                        "TIA-avdelningen ¹|1 326|1 309|17|98,7 %|17 923|2 667|2 703|\u221236|101,3 %",
                        "Överförmyndarvht|137|409|\u2212272|298,2 %|2 580|393|445|\u221252|113,2 %");
        assertThat(plain(String.join("|", table.total().cells())))
                .isEqualTo("Totalt KLS|3 483|3 340|143|95,9 %|52 999|6 960|6 704|256|96,3 %");
        assertThat(table.footnotes())
                .containsExactly(
                        "¹ TIA-avdelningen redovisas i Tekniska nämndens budgetram och ingår inte i Totalt KLS.");
        assertThat(table.columns())
                .extracting(Block.Column::header)
                .containsExactly(
                        "Kommunledningsstaben",
                        "Budget feb",
                        "Redovisning feb",
                        "Avvikelse feb",
                        "% av budget feb",
                        "Årsbudget",
                        "Budget t o m feb",
                        "Redovisning t o m feb",
                        "Avvikelse t o m feb",
                        "% av budget t o m feb");
        Block.Row overformyndar = table.rows().get(5);
        assertThat(overformyndar.negative())
                .containsExactly(false, false, false, true, false, false, false, false, true, false);
    }

    @Test
    void a_table_without_units_outside_the_frame_has_no_footnote() {
        Tjansteskrivelse memo = service.content(OVERFORMYNDAR, FEBRUARY, CaseDetails.blank());

        assertThat(memo.unitTable().footnotes()).isEmpty();
        assertThat(memo.toDocument().texts()).noneMatch(t -> t.contains("¹"));
    }

    @Test
    void actions_are_printed_only_for_units_with_a_negative_deviation() {
        store(action(
                OVERFORMYNDAR,
                FEBRUARY,
                "Se över arvodena för \"gode män\"",
                DecisionLevel.POLITISK_NIVA,
                ActionStatus.FORESLAGEN,
                "60000"));
        store(action(IT, FEBRUARY, "Skjut upp licensköp", DecisionLevel.VERKSAMHETSNIVA, ActionStatus.PAGAR, "10000"));
        store(action(
                NARINGSLIV, FEBRUARY, "Färre mässor", DecisionLevel.VERKSAMHETSNIVA, ActionStatus.BESLUTAD, "30000"));
        store(action(
                HR,
                new Period(2026, 3),
                "Raised in March",
                DecisionLevel.VERKSAMHETSNIVA,
                ActionStatus.FORESLAGEN,
                "1000"));
        store(action(HR, FEBRUARY, "Done already", DecisionLevel.VERKSAMHETSNIVA, ActionStatus.GENOMFORD, "1000"));

        Block.Table table = kls().actions();

        assertThat(table).isNotNull();
        assertThat(table.rows())
                .extracting(r -> plain(String.join("|", r.cells())))
                .containsExactly(
                        "Överförmyndarvht|Se över arvodena för \"gode män\"|Politisk nivå|Föreslagen|60",
                        "Näringslivsenheten|Färre mässor|Verksamhetsnivå|Beslutad|30");
        assertThat(table.columns())
                .extracting(Block.Column::header)
                .containsExactly("Enhet", "Åtgärd", "Beslutsnivå", "Status", "Förväntad effekt i år (tkr)");
    }

    @Test
    void without_actions_the_document_says_so() {
        store(action(IT, FEBRUARY, "Skjut upp licensköp", DecisionLevel.VERKSAMHETSNIVA, ActionStatus.PAGAR, "10000"));

        Tjansteskrivelse memo = kls();

        assertThat(memo.actions()).isNull();
        assertThat(memo.toDocument().texts())
                .contains("Inga åtgärder är registrerade för enheter med negativ avvikelse.");
    }

    @Test
    void verksamhetsuppfoljning_takes_the_units_texts_in_the_trees_order_or_the_default() {
        assertThat(kls().followUp())
                .containsExactly(new Tjansteskrivelse.FollowUpEntry(null, null, "Verksamheten följer enligt plan."));

        storeReport(OVERFORMYNDAR, FollowUpStatus.MINDRE_AVVIKELSE, "Fler ärenden än väntat.\nSe åtgärd.");
        storeReport(KLS, FollowUpStatus.ENLIGT_PLAN, "Staben följer planen.");
        storeReport(IT, null, "");

        assertThat(kls().followUp())
                .containsExactly(
                        new Tjansteskrivelse.FollowUpEntry(
                                "Kommunledningsstaben", "Enligt plan", "Staben följer planen.", "månaden ej godkänd"),
                        new Tjansteskrivelse.FollowUpEntry(
                                "Överförmyndarvht",
                                "Mindre avvikelse",
                                "Fler ärenden än väntat.\nSe åtgärd.",
                                "månaden ej godkänd"));
    }

    @Test
    void the_header_and_title_take_the_defaults_of_the_seed() {
        Tjansteskrivelse memo = kls();

        assertThat(memo.kommun()).isEqualTo("Exempelby kommun");
        assertThat(memo.kind()).isEqualTo("Tjänsteskrivelse");
        assertThat(fields(memo.header()))
                .containsExactly(
                        Map.entry("Datum", "2026-03-02"),
                        Map.entry("Diarienummer", "KS/2026:4"),
                        Map.entry("Enhet/Verksamhet", "Kommunledningsstaben"),
                        Map.entry("Ansvarig chef", "Johan Örnberg"),
                        Map.entry("Handläggare", "Martin Bollner"));
        assertThat(memo.title()).isEqualTo("Ekonomisk uppföljning för kommunledningsstaben, februari");
        assertThat(memo.proposal().text())
                .isEqualTo("Allmänna utskottet föreslår kommunstyrelsen ta del av "
                        + "ekonomi- och verksamhetsuppföljning till och med februari 2026 för kommunledningsstaben.");
        assertThat(memo.basis().text())
                .isEqualTo("Kommunledningsstaben tjänsteskrivelse 2026-03-02\n"
                        + "Ekonomisk uppföljning efter februari 2026 för kommunledningsstaben, 2026-03-02");
        assertThat(memo.recipients()).extracting(Tjansteskrivelse.Section::text).containsExactly("-", "-");
    }

    @Test
    void the_form_proposes_the_same_defaults() {
        CaseDetails defaults = service.defaults(KLS, FEBRUARY);

        assertThat(defaults.title()).isEqualTo("Ekonomisk uppföljning för kommunledningsstaben, februari");
        assertThat(defaults.officer()).isEqualTo("Martin Bollner");
        assertThat(defaults.chief()).isEqualTo("Johan Örnberg");
        assertThat(defaults.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(defaults.proposal()).startsWith("Allmänna utskottet föreslår kommunstyrelsen");
    }

    @Test
    void user_texts_are_kept_as_written_and_never_read_as_placeholders() {
        String proposal = "KS beslutar att ta del av rapporten för {månad} – \"åäö ÅÄÖ\" <b>fet</b> & mer";
        Tjansteskrivelse memo = service.content(
                KLS,
                FEBRUARY,
                new CaseDetails(
                        "KS/2026:4 {år}",
                        "Rubrik med <i>kursiv</i>",
                        "Åsa Öberg",
                        "Örjan Ärlig",
                        LocalDate.of(2026, 3, 9),
                        proposal,
                        "Ekonomiavdelningen\nRevisorerna",
                        ""));

        assertThat(memo.proposal().text()).isEqualTo(proposal);
        assertThat(memo.title()).isEqualTo("Rubrik med <i>kursiv</i>");
        assertThat(fields(memo.header()))
                .containsEntry("Diarienummer", "KS/2026:4 {år}")
                .containsEntry("Datum", "2026-03-09")
                .containsEntry("Handläggare", "Åsa Öberg")
                .containsEntry("Ansvarig chef", "Örjan Ärlig");
        assertThat(memo.recipients())
                .extracting(Tjansteskrivelse.Section::text)
                .containsExactly("Ekonomiavdelningen\nRevisorerna", "-");
    }

    @Test
    void a_text_over_the_limit_is_refused_with_the_fields_name() {
        assertThatThrownBy(
                        () -> service.content(KLS, FEBRUARY, CaseDetails.blank().withTitle("x".repeat(201))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(Problem.of(
                                        CommonProblem.TEXT_TOO_LONG, Problem.of(ReportProblem.TITLE_FIELD), 200, 201)));
    }

    @Test
    void the_kommuns_own_texts_replace_the_defaults() {
        templates.saveOverride("frame.within", "Inom ramen för {enhet}.", "admin", NOW);
        templates.saveOverride("no.such.key", "ignored", "admin", NOW);

        assertThat(kls().frameSentence()).isEqualTo("Inom ramen för kommunledningsstaben.");
        assertThat(templates.load().keys()).doesNotContain("no.such.key");
    }

    @Test
    void the_cumulative_chart_sums_the_frames_months_and_stops_the_actuals_at_the_period() {
        Block.LineChart chart = kls().cumulativeChart();

        assertThat(chart.labels()).hasSize(12).startsWith("jan", "feb").endsWith("dec");
        Block.Series budget = chart.series().get(0);
        Block.Series actual = chart.series().get(1);
        assertThat(budget.values().get(1)).isEqualByComparingTo("6959507.00"); // the frame's budget to date: 6 960 tkr
        assertThat(budget.values().get(11)).isEqualByComparingTo("52999369.00"); // the frame's annual budget
        assertThat(actual.values().get(1)).isEqualByComparingTo("6703816.00");
        assertThat(actual.values().subList(2, 12)).containsOnlyNulls();
    }

    @Test
    void the_deviation_chart_has_a_bar_per_listed_unit() {
        Block.BarChart chart = kls().deviationChart();

        assertThat(chart.bars()).hasSize(10);
        assertThat(chart.bars().get(5).label()).isEqualTo("Överförmyndarvht");
        assertThat(chart.bars().get(5).printed()).isEqualTo("\u221252");
        assertThat(chart.bars().get(3).label()).isEqualTo("TIA-avdelningen ¹");
    }

    @Test
    void the_deviation_chart_of_a_large_node_shows_the_largest_deviations_in_table_order() {
        List<se.ekonomiuppfoljning.organisation.Unit> units =
                new ArrayList<>(SeedKommun.organisation().units());
        List<se.ekonomiuppfoljning.followup.AmountLine> lines = new ArrayList<>();
        UnitCode big = UnitCode.of("BIG");
        units.add(new se.ekonomiuppfoljning.organisation.Unit(big, "Stora förvaltningen", "SF", KOMMUN, KS, 9));
        for (int i = 1; i <= 25; i++) {
            UnitCode code = UnitCode.of("B" + i);
            units.add(new se.ekonomiuppfoljning.organisation.Unit(code, "Enhet " + i, null, big, null, i));
            lines.add(new se.ekonomiuppfoljning.followup.AmountLine(
                    code,
                    "5011",
                    FEBRUARY,
                    BigDecimal.valueOf(i * 1000L).negate())); // actual below a zero budget: deviation i tkr
        }
        InMemoryFigures many = new InMemoryFigures();
        many.saveActuals(lines);
        TjansteskrivelseService large = new TjansteskrivelseService(
                new FixedOrganisation(new se.ekonomiuppfoljning.organisation.Organisation(
                        SeedKommun.organisation().committees(), units)),
                many,
                reports,
                actions,
                new InMemoryUsers(),
                templates,
                () -> KOMMUNDIREKTOR,
                Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")),
                List.of());

        Block.BarChart chart = large.content(big, FEBRUARY, CaseDetails.blank()).deviationChart();

        assertThat(chart.bars())
                .extracting(Block.Bar::label)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(6, 25)
                        .mapToObj(i -> "Enhet " + i)
                        .toList());
        assertThat(chart.description()).endsWith("Diagrammet visar de 20 enheter av 25 som har störst avvikelse.");
    }

    @Test
    void a_caller_without_the_node_in_scope_is_refused() {
        caller.set(IT_CHIEF);

        assertThatThrownBy(() -> service.content(KLS, FEBRUARY, CaseDetails.blank()))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> service.defaults(KLS, FEBRUARY)).isInstanceOf(OutOfScopeException.class);
        assertThat(service.content(IT, FEBRUARY, CaseDetails.blank())
                        .unitTable()
                        .rows())
                .hasSize(1);
    }

    @Test
    void a_politician_of_the_committee_may_read_it() {
        caller.set(POLITICIAN);

        assertThat(plain(String.join("|", kls().unitTable().total().cells()))).startsWith("Totalt KLS|3 483");
    }

    @Test
    void aPoliticianReadsTheLiveTjansteskrivelseWithoutTheDraftTextsAndTheProposedActionsOfMonthsNotApproved() {
        storeReport(OVERFORMYNDAR, FollowUpStatus.MINDRE_AVVIKELSE, "Utkast: fler ärenden än väntat.");
        reports.insert(new UnitReport(
                KLS,
                FEBRUARY,
                ReportState.APPROVED,
                FollowUpStatus.ENLIGT_PLAN,
                "Staben följer planen.",
                "",
                null,
                "",
                "johan",
                NOW,
                3));
        store(action(
                OVERFORMYNDAR,
                FEBRUARY,
                "Föreslagen i ett utkast",
                DecisionLevel.POLITISK_NIVA,
                ActionStatus.FORESLAGEN,
                "60000"));
        store(action(
                NARINGSLIV, FEBRUARY, "Färre mässor", DecisionLevel.VERKSAMHETSNIVA, ActionStatus.BESLUTAD, "30000"));
        caller.set(POLITICIAN);

        Tjansteskrivelse memo = kls();

        assertThat(memo.followUp())
                .containsExactly(new Tjansteskrivelse.FollowUpEntry(
                        "Kommunledningsstaben", "Enligt plan", "Staben följer planen."));
        assertThat(memo.actions().rows())
                .extracting(r -> plain(String.join("|", r.cells())))
                .containsExactly("Näringslivsenheten|Färre mässor|Verksamhetsnivå|Beslutad|30");
        assertThat(String.join("\n", memo.toDocument().texts())).doesNotContain("Utkast", "Föreslagen i ett utkast");

        caller.set(ECONOMIST);
        assertThat(kls().followUp()).hasSize(2);
    }

    @Test
    void rendering_passes_the_laid_out_content_to_the_formats_renderer() {
        RenderedDocument file = service.render(KLS, FEBRUARY, CaseDetails.blank(), DocumentFormat.PDF);

        assertThat(file.fileName()).isEqualTo("tjansteskrivelse-KLS-2026-02.pdf");
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(rendered).hasSize(1);
        List<String> texts = rendered.get(0).texts();
        assertThat(texts)
                .containsSubsequence(
                        "Ekonomisk uppföljning för kommunledningsstaben, februari",
                        "Förslag till beslut",
                        "Sammanfattning av ärendet",
                        "Den ekonomiska uppföljningen visar att verksamheten bedrivs inom sin budgetram.",
                        "Verksamhetsuppföljning",
                        "Åtgärder vid negativa avvikelser",
                        "Beslutsunderlag",
                        "Beslutet skickas till");
        assertThatThrownBy(() -> service.render(KLS, FEBRUARY, CaseDetails.blank(), DocumentFormat.DOCX))
                .isInstanceOf(IllegalStateException.class);
    }

    private void store(Action action) {
        actions.insert(action);
    }

    private static Action action(
            UnitCode unit, Period period, String what, DecisionLevel level, ActionStatus status, String effect) {
        return new Action(
                0,
                unit,
                period,
                what,
                "Orsak",
                "Ansvarig",
                LocalDate.of(2026, 6, 30),
                new BigDecimal(effect).setScale(2),
                level,
                status,
                null,
                "eva",
                NOW,
                "eva",
                NOW,
                1);
    }

    private void storeReport(UnitCode unit, FollowUpStatus status, String text) {
        reports.insert(new UnitReport(unit, FEBRUARY, ReportState.DRAFT, status, text, "", null, "", "eva", NOW, 1));
    }

    @Test
    void february_has_no_forecast_but_march_lists_each_units_forecast_its_deviation_and_the_frames_total() {
        assertThat(kls().forecast()).isNull();
        Period march = new Period(2026, 3);
        reports.insert(new UnitReport(
                IT, march, ReportState.DRAFT, null, "", "", new BigDecimal("9000000.00"), "", "itchef", NOW, 1));

        Tjansteskrivelse memo = service.content(KLS, march, CaseDetails.blank());

        Block.Table table = memo.forecast().table();
        assertThat(table.columns())
                .extracting(Block.Column::header)
                .containsExactly("Kommunledningsstaben", "Årsbudget", "Helårsprognos", "Prognosavvikelse");
        assertThat(table.rows())
                .extracting(r -> plain(String.join("|", r.cells())))
                .contains("IT|8 841|9 000|\u2212159");
        assertThat(table.rows())
                .filteredOn(r -> !r.cells().get(0).equals("IT"))
                .allSatisfy(r -> assertThat(r.cells().get(2)).endsWith(" *"));
        assertThat(table.rows().stream()
                        .filter(r -> r.cells().get(0).equals("IT"))
                        .findFirst()
                        .orElseThrow()
                        .negative())
                .containsExactly(false, false, false, true);
        var followUp = new se.ekonomiuppfoljning.followup.FollowUpService(
                        new FixedOrganisation(SeedKommun.organisation()),
                        figures,
                        caller::get,
                        Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")))
                .table(KLS, march);
        BigDecimal expected = BigDecimal.ZERO;
        for (var row : followUp.rows()) {
            if (row.inTotal()) {
                expected = expected.add(
                        row.unit().code().equals(IT)
                                ? new BigDecimal("9000000")
                                : se.ekonomiuppfoljning.cycle.ForecastFigures.proposal(row.figures()));
            }
        }
        assertThat(table.total().cells())
                .containsExactly(
                        "Totalt KLS",
                        "52\u00A0999",
                        se.ekonomiuppfoljning.common.SwedishFormat.tkr(expected),
                        se.ekonomiuppfoljning.common.SwedishFormat.tkr(
                                followUp.total().annualBudget().subtract(expected)));
        assertThat(table.footnotes()).singleElement().asString().startsWith("* Enheten har inte lämnat");
        assertThat(memo.toDocument().texts()).contains("Helårsprognos");
    }

    @Test
    void the_year_end_report_adds_the_outcome_of_the_whole_year_per_unit_and_in_total() {
        Period december = new Period(2026, 12);
        Tjansteskrivelse memo = service.content(KLS, december, CaseDetails.blank());

        Block.Table table = memo.forecast().table();
        assertThat(table.caption()).startsWith("Helårsprognos och utfall för helåret per enhet");
        assertThat(table.columns())
                .extracting(Block.Column::header)
                .containsExactly(
                        "Kommunledningsstaben",
                        "Årsbudget",
                        "Helårsprognos",
                        "Prognosavvikelse",
                        "Utfall helår",
                        "Avvikelse helår",
                        "% av årsbudget");
        var followUp = new se.ekonomiuppfoljning.followup.FollowUpService(
                        new FixedOrganisation(SeedKommun.organisation()),
                        figures,
                        caller::get,
                        Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")))
                .table(KLS, december);
        var it = followUp.rows().stream()
                .filter(r -> r.unit().code().equals(IT))
                .findFirst()
                .orElseThrow()
                .figures();
        var total = followUp.total();
        assertThat(it.ytdBudget()).isEqualByComparingTo(it.annualBudget());
        assertThat(table.rows())
                .extracting(r -> String.join("|", r.cells()))
                .contains(String.join(
                        "|",
                        "IT",
                        tkr(it.annualBudget()),
                        tkr(it.ytdActual()) + " *",
                        tkr(it.annualBudget().subtract(it.ytdActual())),
                        tkr(it.ytdActual()),
                        tkr(it.annualBudget().subtract(it.ytdActual())),
                        se.ekonomiuppfoljning.common.SwedishFormat.percent(it.ytdPercent())));
        assertThat(table.total().cells().subList(4, 7))
                .containsExactly(
                        tkr(total.ytdActual()),
                        tkr(total.annualBudget().subtract(total.ytdActual())),
                        se.ekonomiuppfoljning.common.SwedishFormat.percent(total.ytdPercent()));
        assertThat(plain(tkr(total.ytdActual()))).isEqualTo("6 704");
        assertThat(service.content(KLS, new Period(2026, 8), CaseDetails.blank())
                        .forecast())
                .isNotNull();
        assertThat(service.content(KLS, new Period(2026, 9), CaseDetails.blank())
                        .forecast())
                .isNull();
    }

    private static String tkr(BigDecimal kronor) {
        return se.ekonomiuppfoljning.common.SwedishFormat.tkr(kronor);
    }

    private final class RecordingRenderer implements DocumentRenderer {
        @Override
        public DocumentFormat format() {
            return DocumentFormat.PDF;
        }

        @Override
        public byte[] render(ReportDocument document) {
            rendered.add(document);
            return new byte[] {1, 2, 3};
        }
    }
}
