package se.ekonomiuppfoljning.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

class OrganisationCsvReaderTest {

    @Test
    void reads_units_in_file_order_with_parent_committee_and_short_name() {
        List<Unit> units = OrganisationCsvReader.read(
                "org.csv",
                new StringReader(
                        "kod;namn;överordnad;nämnd;kortnamn\nKLS;Kommunledningsstaben;;KS;KLS\n1130;TIA-avdelningen;KLS;TN;\n"));
        assertThat(units)
                .containsExactly(
                        new Unit(UnitCode.of("KLS"), "Kommunledningsstaben", "KLS", null, CommitteeCode.of("KS"), 1),
                        new Unit(
                                UnitCode.of("1130"),
                                "TIA-avdelningen",
                                null,
                                UnitCode.of("KLS"),
                                CommitteeCode.of("TN"),
                                2));
    }

    @Test
    void duplicate_codes_and_missing_names_are_reported_by_line() {
        assertThatThrownBy(() -> OrganisationCsvReader.read(
                        "org.csv", new StringReader("kod;namn;överordnad;nämnd\nA;Ett;;\nA;;;\n")))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "org.csv, rad 3, fält \"kod\": koden A finns redan på en tidigare rad",
                                        "org.csv, rad 3, fält \"namn\": namn saknas för A"));
    }

    @Test
    void an_organisation_file_naming_a_unit_parent_or_committee_with_a_tab_or_backslash_is_refused_at_the_line() {
        assertThatThrownBy(() -> OrganisationCsvReader.read(
                        "org.csv",
                        new StringReader("kod;namn;överordnad;nämnd\nA\tB;Ett;;\nC;Två;A\\;\nD;Tre;;K\u00A0S\n")))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "org.csv, rad 2, fält \"kod\": ansvarskoden får bara innehålla bokstäver (A–Ö),"
                                                + " siffror, mellanslag och - _ ., var \"A\\tB\" (tecknet tabb)",
                                        "org.csv, rad 3, fält \"överordnad\": ansvarskoden får bara innehålla bokstäver (A–Ö),"
                                                + " siffror, mellanslag och - _ ., var \"A\\\\\" (tecknet \"\\\")",
                                        "org.csv, rad 4, fält \"nämnd\": nämndkoden får bara innehålla bokstäver (A–Ö),"
                                                + " siffror, mellanslag och - _ ., var \"K\u00A0S\" (tecknet hårt mellanslag)"));
    }

    @Test
    void an_organisation_file_naming_sbf_and_SBF_names_one_unit_twice() {
        assertThatThrownBy(() -> OrganisationCsvReader.read(
                        "org.csv", new StringReader("kod;namn;överordnad;nämnd\nSBF;Ett;;ks\nsbf;Två;;\n")))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(ImportTexts::swedish)
                                .containsExactly(
                                        "org.csv, rad 3, fält \"kod\": koden sbf finns redan på en tidigare rad (stora"
                                                + " och små bokstäver räknas lika: SBF)"));
        assertThat(OrganisationCsvReader.read("org.csv", new StringReader("kod;namn;överordnad;nämnd\nsbf;Ett;;ks\n")))
                .extracting(u -> u.code().value() + " " + u.committee())
                .containsExactly("SBF KS");
    }
}
