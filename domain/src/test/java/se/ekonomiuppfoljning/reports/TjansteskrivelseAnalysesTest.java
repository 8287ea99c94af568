package se.ekonomiuppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;
import static se.ekonomiuppfoljning.testdata.SeedKommun.TIA;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryActions;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/**
 * What the chief writes about the money reaches the document: each unit's ekonomisk analys with its helårsprognos
 * and prognosavvikelse, every unit with a negative deviation under the åtgärder ("Analys saknas", "Ingen åtgärd"),
 * and a month not approved marked (for an editor) or withheld (for a politician), the document naming those months.
 */
class TjansteskrivelseAnalysesTest {

    static final Period FEBRUARY = new Period(2026, 2);
    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final UnitCode ADMINISTRATIVA = UnitCode.of("1140");
    static final UnitCode HR = UnitCode.of("1180");
    static final UnitCode NARINGSLIV = UnitCode.of("1190");
    static final UserAccount ECONOMIST =
            new UserAccount("ekonomichef", "Martin Bollner", Set.of(Role.EKONOM), Set.of(KLS), Set.of(), true);
    static final UserAccount POLITICIAN = SeedKommun.politician("politiker", KS);
    static final String ANALYSIS = "Arvodena för helåret 2025 betalades ut i februari.";

    private final InMemoryFigures figures = new InMemoryFigures();
    private final InMemoryUnitReports reports = new InMemoryUnitReports();
    private final InMemoryActions actions = new InMemoryActions();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>(ECONOMIST);
    private final TjansteskrivelseService service = new TjansteskrivelseService(
            new FixedOrganisation(SeedKommun.organisation()),
            figures,
            reports,
            actions,
            new InMemoryUsers(ECONOMIST, POLITICIAN),
            new DefaultReportTemplates(),
            caller::get,
            Clock.fixed(NOW, ZoneId.of("Europe/Stockholm")),
            List.of());

    TjansteskrivelseAnalysesTest() {
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
    }

    private Tjansteskrivelse kls() {
        return service.content(KLS, FEBRUARY, CaseDetails.blank());
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u2212', '-');
    }

    private static List<String> rows(Block.Table table) {
        return table.rows().stream()
                .map(r -> plain(String.join("|", r.cells())))
                .toList();
    }

    private void report(UnitCode unit, ReportState state, String analysis, String forecast) {
        reports.insert(new UnitReport(
                unit,
                FEBRUARY,
                state,
                FollowUpStatus.ALLVARLIG_AVVIKELSE,
                "Fler ärenden än väntat.",
                analysis,
                forecast == null ? null : new BigDecimal(forecast),
                "",
                "eva",
                NOW,
                2));
    }

    private void action(UnitCode unit, ActionStatus status) {
        actions.insert(new Action(
                0,
                unit,
                FEBRUARY,
                "Begär utökad ram",
                "Orsak",
                "Ansvarig",
                LocalDate.of(2026, 6, 30),
                new BigDecimal("60000.00"),
                DecisionLevel.POLITISK_NIVA,
                status,
                null,
                "eva",
                NOW,
                "eva",
                NOW,
                1));
    }

    @Test
    void everyUnitWithANegativeDeviationIsListedUnderTheAtgarderSayingAnalysSaknasOrIngenAtgard() {
        report(OVERFORMYNDAR, ReportState.APPROVED, ANALYSIS, "2700000");
        action(OVERFORMYNDAR, ActionStatus.FORESLAGEN);

        Tjansteskrivelse memo = kls();

        assertThat(rows(memo.negativeUnits()))
                .containsExactly(
                        "TIA-avdelningen|17|-36|Analys saknas|Ingen åtgärd",
                        "Administrativa avdelningen|249|-50|Analys saknas|Ingen åtgärd",
                        "Överförmyndarvht|-272|-52|Finns|1 åtgärd",
                        "HR-avdelning|-63|-31|Analys saknas|Ingen åtgärd",
                        "Näringslivsenheten|-30|12|Analys saknas|Ingen åtgärd");
        List<String> texts = memo.toDocument().texts();
        int heading = texts.indexOf("Åtgärder vid negativa avvikelser");
        assertThat(heading).isPositive();
        assertThat(texts.subList(heading, texts.size()))
                .contains("Enheter med negativ avvikelse, februari 2026 (i tusentals kronor)");
    }

    @Test
    void eachUnitsAnalysisCarriesItsHelarsprognosAndPrognosavvikelseAndANegativeUnitWithoutOneSaysAnalysSaknas() {
        report(OVERFORMYNDAR, ReportState.APPROVED, ANALYSIS, "2700000");

        List<Tjansteskrivelse.AnalysisEntry> analyses = kls().analyses();

        Tjansteskrivelse.AnalysisEntry overformyndare = analyses.stream()
                .filter(a -> a.unit().equals("Överförmyndarvht"))
                .findFirst()
                .orElseThrow();
        assertThat(plain(overformyndare.forecast())).isEqualTo("Helårsprognos 2 700 tkr, prognosavvikelse -120 tkr.");
        assertThat(overformyndare.text()).isEqualTo(ANALYSIS);
        Tjansteskrivelse.AnalysisEntry administrativa = analyses.stream()
                .filter(a -> a.unit().equals("Administrativa avdelningen"))
                .findFirst()
                .orElseThrow();
        assertThat(administrativa.text()).isEqualTo("Analys saknas.");
        assertThat(administrativa.forecast()).contains("portalens förslag");
        assertThat(kls().toDocument().texts()).contains("Ekonomisk analys och helårsprognos per enhet", ANALYSIS);
    }

    @Test
    void aMonthNotApprovedIsMarkedForAnEditorWithheldFromAPoliticianAndNamedByTheDocument() {
        report(OVERFORMYNDAR, ReportState.READY, ANALYSIS, null);
        report(TIA, ReportState.APPROVED, "TIA:s analys.", null);
        action(OVERFORMYNDAR, ActionStatus.FORESLAGEN);

        Tjansteskrivelse economist = kls();

        assertThat(economist.analyses())
                .filteredOn(a -> a.text().equals(ANALYSIS))
                .singleElement()
                .extracting(Tjansteskrivelse.AnalysisEntry::unit)
                .isEqualTo("Överförmyndarvht (månaden ej godkänd)");
        assertThat(economist.followUp())
                .contains(new Tjansteskrivelse.FollowUpEntry(
                        "Överförmyndarvht", "Allvarlig avvikelse", "Fler ärenden än väntat.", "månaden ej godkänd"))
                .contains(new Tjansteskrivelse.FollowUpEntry(
                        "TIA-avdelningen", "Allvarlig avvikelse", "Fler ärenden än väntat."));
        assertThat(economist.approvalNote())
                .startsWith("Månaden var inte godkänd för följande enheter när dokumentet togs fram: ")
                .contains("Överförmyndarvht", "HR-avdelning")
                .doesNotContain("TIA-avdelningen");
        assertThat(rows(economist.negativeUnits()))
                .contains("Överförmyndarvht|-272|-52|Finns (månaden ej godkänd)|1 åtgärd");

        caller.set(POLITICIAN);
        Tjansteskrivelse politician = kls();

        assertThat(String.join("\n", politician.toDocument().texts())).doesNotContain(ANALYSIS);
        assertThat(politician.analyses())
                .filteredOn(a -> a.unit().equals("Överförmyndarvht"))
                .singleElement()
                .extracting(Tjansteskrivelse.AnalysisEntry::text)
                .isEqualTo("Månaden är inte godkänd; analysen redovisas när månaden är godkänd.");
        assertThat(rows(politician.negativeUnits()))
                .contains("Överförmyndarvht|-272|-52|Månaden ej godkänd|Månaden ej godkänd");
        assertThat(politician.approvalNote()).contains("Överförmyndarvht");
        assertThat(politician.toDocument().texts()).contains(politician.approvalNote());
    }

    @Test
    void aNodesRowInTheForecastSectionIsTheSumOfItsUnitsForecastsAndChangesWithAUnitsOwn() {
        UserAccount director = new UserAccount(
                "kommundirektor", "Johan Örnberg", Set.of(Role.CHEF), Set.of(SeedKommun.KOMMUN), Set.of(), true);
        caller.set(director);
        Period march = new Period(2026, 3);
        String before = klsForecast(service.content(SeedKommun.KOMMUN, march, CaseDetails.blank()));
        reports.insert(new UnitReport(
                OVERFORMYNDAR, march, ReportState.DRAFT, null, "", "", new BigDecimal("9000000"), "", "eva", NOW, 1));

        String after = klsForecast(service.content(SeedKommun.KOMMUN, march, CaseDetails.blank()));

        assertThat(after).isNotEqualTo(before);
        java.util.Map<UnitCode, se.ekonomiuppfoljning.cycle.UnitsCycle> sums =
                new se.ekonomiuppfoljning.cycle.UnitsCycleService(
                                new FixedOrganisation(SeedKommun.organisation()), figures, reports, caller::get)
                        .of(List.of(KLS), march);
        assertThat(after)
                .isEqualTo(se.ekonomiuppfoljning.common.SwedishFormat.tkr(
                                sums.get(KLS).forecast()) + " *");
    }

    private static String klsForecast(Tjansteskrivelse memo) {
        return memo.forecast().table().rows().stream()
                .filter(r -> r.cells().get(0).startsWith("Kommunledningsstaben"))
                .findFirst()
                .orElseThrow()
                .cells()
                .get(2);
    }
}
