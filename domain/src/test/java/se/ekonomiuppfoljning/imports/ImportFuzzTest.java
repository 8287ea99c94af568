package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import se.ekonomiuppfoljning.testdata.InMemoryImports;
import se.ekonomiuppfoljning.testdata.InMemoryOrganisation;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/**
 * Mutated valid files: the import either saves the file whole or refuses it with problems a user can read;
 * it never fails otherwise (which the API would answer with a 500) and never saves part of a file.
 */
class ImportFuzzTest {

    private static final String VALID_SIE = """
            #FLAGGA 0
            #FORMAT PC8
            #SIETYP 4
            #FNAMN "Exempelby kommun"
            #RAR 0 20260101 20261231
            #KONTO 5011 "Månadslön"
            #KONTO 3510 Avgifter
            #KONTO 1930 Bank
            #OBJEKT 1 "1150" "Överförmyndarvht"
            #PSALDO 0 202601 5011 {1 "1150"} 1500.50
            #PBUDGET 0 202601 5011 {1 "1150"} 1600
            #VER A 1 20260203 "Lön"
            {
            #TRANS 5011 {1 "1150"} 1000.00
            #TRANS 3510 {1 "1150"} -200.25
            #TRANS 1930 {} -799.75
            }
            """;

    private static final String VALID_CSV =
            "ansvar;konto;period;belopp\n1150;5011;2026-02;409283,50\n1150;3510;2026-02;-12.5\n";

    @Provide
    Arbitrary<Tuple.Tuple3<Integer, Integer, String>> mutations() {
        Arbitrary<String> inserted = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(6),
                Arbitraries.of(
                        "{",
                        "}",
                        "\"",
                        "\\\"",
                        ";",
                        "#VER",
                        "#TRANS",
                        "#KSUMMA",
                        "1.234",
                        "x",
                        "\t",
                        "\r\n",
                        "\u0000",
                        "{1 \"9999\"}",
                        "-",
                        "202613",
                        "2026-13",
                        "ä",
                        "\n"));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 4),
                        inserted)
                .as(Tuple::of);
    }

    private static String mutate(String text, Tuple.Tuple3<Integer, Integer, String> m) {
        int at = m.get1() % (text.length() + 1);
        int cut = Math.min(m.get2(), text.length() - at);
        return text.substring(0, at) + m.get3() + text.substring(at + cut);
    }

    @Property(tries = 300)
    void a_mutated_sie_file_is_saved_whole_or_refused_readably(
            @ForAll("mutations") Tuple.Tuple3<Integer, Integer, String> m) {
        check(ImportKind.SIE, mutate(VALID_SIE, m));
    }

    @Property(tries = 200)
    void a_mutated_csv_file_is_saved_whole_or_refused_readably(
            @ForAll("mutations") Tuple.Tuple3<Integer, Integer, String> m) {
        check(ImportKind.ACTUALS_CSV, mutate(VALID_CSV, m));
    }

    private static void check(ImportKind kind, String content) {
        InMemoryImports imports = new InMemoryImports();
        LedgerImportService service = new LedgerImportService(
                new InMemoryOrganisation(SeedKommun.organisation()),
                imports,
                () -> SeedKommun.economist("kommunekonom", SeedKommun.KOMMUN),
                Clock.systemUTC(),
                1_000_000);
        try {
            ImportPreview preview = service.preview(
                    "fil", kind, new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1)), b -> {});
            if (preview.needsPlacement()) {
                return; // the user chooses; nothing is saved before that
            }
            service.confirm(preview, Map.of());
            assertThat(imports.actuals.size() + imports.budget.size())
                    .isEqualTo(preview.file().actuals().size()
                            + preview.file().budget().size());
        } catch (ImportException refused) {
            List<ImportProblem> problems = refused.problems();
            assertThat(problems)
                    .isNotEmpty()
                    .allSatisfy(p -> assertThat(ImportTexts.message(p)).isNotBlank());
            assertThat(imports.actuals).isEmpty();
            assertThat(imports.budget).isEmpty();
            assertThat(imports.history()).isEmpty();
        }
    }
}
