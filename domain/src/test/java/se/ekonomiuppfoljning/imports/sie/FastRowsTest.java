package se.ekonomiuppfoljning.imports.sie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.AmountLine;
import se.ekonomiuppfoljning.imports.ImportException;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The quick way through {@code #TRANS} lines ({@link TransScanner}, sums in öre) gives exactly what the general
 * tokenizer gives: the same content, warnings and errors, whatever the line looks like.
 */
class FastRowsTest {

    private static final String HEAD = "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20260101 20261231\n";

    @Provide
    Arbitrary<String> transLines() {
        Arbitrary<String> label = Arbitraries.of("#TRANS", "#TRANS", "#TRANS", "#trans", "#RTRANS", "#BTRANS");
        Arbitrary<String> blank = Arbitraries.of(" ", " ", "\t", "  ", " \t");
        Arbitrary<String> account =
                Arbitraries.of("5011", "3010", "1930", "7010", "\"5011\"", "ä501", "{}", "50\"1", "2440");
        Arbitrary<String> objects = Arbitraries.of(
                "",
                "{}",
                "{1 \"A\"}",
                "{1 A}",
                "{ 1  \"A\" }",
                "{1 \"A\" 6 \"P\"}",
                "{6 \"P\" 1 \"B\"}",
                "{1 \" A \"}",
                "{1 \"\"}",
                "{1 \"\" 1 \"B\"}",
                "{\"1\" \"C\"}",
                "{1 \"A\\\"x\"}",
                "{1",
                "{1 \"A\"",
                "{1 \"A\" 2}",
                "{1\"A\"}",
                "{1 \"A\"}x",
                "{1 \"A\tB\"}",
                "{1 \"Å\"}",
                "{1 \"ABCDEFGHIJKLMNOPQRSTUV\"}",
                "{01 \"D\"}",
                "{1 \"A\"}{1 \"B\"}",
                "{1 ä}");
        Arbitrary<String> amount = Arbitraries.oneOf(
                Arbitraries.of(
                        "100",
                        "100.5",
                        "100.50",
                        "-0.01",
                        "+3",
                        ".5",
                        "5.",
                        "1.234",
                        "12a",
                        "",
                        "\"100\"",
                        "99999999999999999999.99",
                        "-12345678901234567.89",
                        "9999999999999999.99",
                        "1e5",
                        "--1",
                        "-",
                        ".",
                        "0",
                        "-0.00",
                        "{}"),
                Arbitraries.longs().between(-100_000_000L, 100_000_000L).map(FastRowsTest::kronor));
        Arbitrary<String> rest = Arbitraries.of(
                "",
                "",
                " 20260105",
                " 20260105 \"Text {x}\"",
                " \"text\" 1",
                " {1 \"X\"}",
                " {",
                " \"unterminated",
                "\t0\t\"Faktura 1\"");
        return Combinators.combine(label, blank, account, blank, objects, blank, amount, rest)
                .as((l, b1, a, b2, o, b3, m, r) -> l + b1 + a + (o.isEmpty() ? "" : b2 + o) + b3 + m + r);
    }

    @Provide
    Arbitrary<List<String>> vouchers() {
        Arbitrary<String> voucher = Combinators.combine(
                        Arbitraries.of("20260110", "20260315", "20251231", "20261301"),
                        transLines().list().ofMinSize(1).ofMaxSize(6))
                .as((date, rows) -> "#VER A 1 " + date + "\n{\n" + String.join("\n", rows) + "\n}\n");
        return voucher.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 1_000)
    void any_voucher_rows_read_the_quick_way_give_what_the_general_way_gives(
            @ForAll("vouchers") List<String> vouchers) {
        String file = HEAD + "#PSALDO 0 202601 5011 {1 \"A\"} 12.50\n" + String.join("", vouchers);
        assertThat(outcome(file, true)).isEqualTo(outcome(file, false));
    }

    @Test
    void sums_too_large_for_a_long_of_ore_stay_exact() {
        String big = "90000000000000000.00"; // 9e16 kronor: 9e18 öre, near the end of a long
        String file = HEAD + "#VER A 1 20260110\n{\n#TRANS 5011 {1 \"A\"} " + big + "\n#TRANS 5011 {1 \"A\"} " + big
                + "\n#TRANS 5011 {1 \"A\"} 0.01\n#TRANS 1930 {} -" + big + "\n#TRANS 1930 {} -" + big
                + "\n#TRANS 1930 {} -0.01\n}\n"
                + "#VER A 2 20260111\n{\n#TRANS 5011 {1 \"B\"} 9999999999999999.99\n#TRANS 5011 {1 \"B\"} "
                + "9999999999999999.99\n#TRANS 1930 {} -19999999999999999.98\n}\n";
        SieContent content = read(file, true);
        assertThat(content.actuals())
                .containsExactly(
                        new AmountLine(
                                UnitCode.of("A"), "5011", new Period(2026, 1), new BigDecimal("180000000000000000.01")),
                        new AmountLine(
                                UnitCode.of("B"), "5011", new Period(2026, 1), new BigDecimal("19999999999999999.98")));
        assertThat(content.voucherTotalsByAccount()).containsEntry("1930", new BigDecimal("-199999999999999999.99"));
        assertThat(content).isEqualTo(read(file, false));
    }

    @Test
    void a_unit_written_with_spaces_in_one_place_and_without_in_another_is_one_unit_with_the_amounts_added() {
        SieContent content = read(
                HEAD + "#PSALDO 0 202601 5011 {1 \" A \"} 100\n"
                        + "#VER A 1 20260110\n{\n#TRANS 5011 {1 \"A\"} 50\n#TRANS 1930 {} -50\n}\n",
                true);
        assertThat(content.actuals())
                .containsExactly(
                        new AmountLine(UnitCode.of("A"), "5011", new Period(2026, 1), new BigDecimal("150.00")));
    }

    @Test
    void ore_are_parsed_as_the_general_reader_accepts_them() {
        assertThat(Ore.parse("12.5", 0, 4)).isEqualTo(1250);
        assertThat(Ore.parse("-0.01", 0, 5)).isEqualTo(-1);
        assertThat(Ore.parse("+.5", 0, 3)).isEqualTo(50);
        assertThat(Ore.parse("7.", 0, 2)).isEqualTo(700);
        assertThat(Ore.parse("x12.34y", 1, 6)).isEqualTo(1234);
        for (String refused : List.of("", ".", "-", "1.234", "1e5", "12a", "1.2.3", "--1", "12345678901234567")) {
            assertThat(Ore.parse(refused, 0, refused.length())).as(refused).isEqualTo(Ore.NOT_SIMPLE);
        }
        assertThat(Ore.add(Long.MAX_VALUE, 1)).isEqualTo(Ore.NOT_SIMPLE);
        assertThat(Ore.add(-5, 3)).isEqualTo(-2);
    }

    private static String kronor(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString();
    }

    private static Object outcome(String file, boolean fastRows) {
        try {
            return read(file, fastRows);
        } catch (ImportException e) {
            return e.problems();
        }
    }

    private static SieContent read(String file, boolean fastRows) {
        return SieReader.read(
                "test.se", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), b -> {}, false, fastRows);
    }
}
