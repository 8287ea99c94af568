package se.ekonomiuppfoljning.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.imports.ImportTexts;

/** The codes of units, committees and accounts: one canonical form, and no character that breaks a bulk load. */
class LedgerCodeTest {

    @Test
    void a_unit_code_that_differs_only_in_case_is_the_same_unit_as_the_database_says() {
        assertThat(UnitCode.of("sbf")).isEqualTo(UnitCode.of("SBF"));
        assertThat(UnitCode.of("sbf").value()).isEqualTo("SBF");
        assertThat(UnitCode.of(" Nord ").value()).isEqualTo("NORD");
        assertThat(UnitCode.of("förv-1").value()).isEqualTo("FÖRV-1");
        assertThat(UnitCode.of("sbf")).isEqualByComparingTo(UnitCode.of("SBF"));
    }

    @Test
    void a_committee_code_that_differs_only_in_case_is_the_same_committee() {
        assertThat(CommitteeCode.of("ks")).isEqualTo(CommitteeCode.of("KS"));
    }

    @Test
    void a_code_holding_a_tab_a_line_break_a_backslash_or_nul_is_no_code_and_the_message_shows_it() {
        for (String bad :
                List.of("SB\tF", "SB\nF", "SB\rF", "SB\\F", "SB\u0000F", "SB\u00A0F", "SB/F", "é1", "..", "-1")) {
            assertThat(UnitCode.problem(bad)).as(LedgerCode.printable(bad)).isNotNull();
            assertThatThrownBy(() -> UnitCode.of(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> CommitteeCode.of(bad)).isInstanceOf(IllegalArgumentException.class);
            assertThat(LedgerCode.accountProblem(bad)).isNotNull();
        }
        assertThat(swedish(UnitCode.problem("SB\tF")))
                .isEqualTo("ansvarskoden får bara innehålla bokstäver (A–Ö), siffror,"
                        + " mellanslag och - _ ., var \"SB\\tF\" (tecknet tabb)");
        assertThat(swedish(UnitCode.problem("SB\\F"))).contains("\"SB\\\\F\"").contains("tecknet \"\\\"");
        assertThat(swedish(UnitCode.problem("..")))
                .isEqualTo("ansvarskoden ska börja med en bokstav eller en siffra, var \"..\"");
    }

    @Test
    void ledger_codes_of_letters_digits_and_separators_are_codes() {
        for (String good : List.of("1150", "KLS", "2014-IK", "A_1", "v1.2", "ÅÄÖåäö", "Syd", "41 00")) {
            assertThat(UnitCode.problem(good)).as(good).isNull();
        }
        assertThat(LedgerCode.account("diff")).isEqualTo("DIFF");
        assertThat(swedish(LedgerCode.accountProblem("12345678901")))
                .isEqualTo("kontot ska ha 1–10 tecken, var \"12345678901\"" + " (11 tecken)");
        assertThat(swedish(UnitCode.problem("x".repeat(21)))).startsWith("ansvarskoden ska ha 1–20 tecken");
    }

    @Test
    void a_code_problem_is_worded_in_english_too() {
        assertThat(ImportTexts.english(Objects.requireNonNull(CommitteeCode.problem(" "))))
                .isEqualTo("the committee code is missing");
        assertThat(ImportTexts.english(Objects.requireNonNull(UnitCode.problem("SB\u00A0F"))))
                .isEqualTo("the unit code may only hold letters (A–Ö), digits, spaces and - _ ., was \"SB\u00A0F\""
                        + " (the character no-break space)");
    }

    /** The problem in Swedish, as the bundles word it; "null" where there is none. */
    private static String swedish(@Nullable Problem problem) {
        return problem == null ? "null" : ImportTexts.text(problem);
    }
}
