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
        List<Unit> units = OrganisationCsvReader.read("org.csv", new StringReader(
                "kod;namn;överordnad;nämnd;kortnamn\nKLS;Kommunledningsstaben;;KS;KLS\n1130;TIA-avdelningen;KLS;TN;\n"));
        assertThat(units).containsExactly(
                new Unit(UnitCode.of("KLS"), "Kommunledningsstaben", "KLS", null, CommitteeCode.of("KS"), 1),
                new Unit(UnitCode.of("1130"), "TIA-avdelningen", null, UnitCode.of("KLS"), CommitteeCode.of("TN"), 2));
    }

    @Test
    void duplicate_codes_and_missing_names_are_reported_by_line() {
        assertThatThrownBy(() -> OrganisationCsvReader.read("org.csv", new StringReader(
                "kod;namn;överordnad;nämnd\nA;Ett;;\nA;;;\n")))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly("org.csv, rad 3, fält \"kod\": koden A finns redan på en tidigare rad",
                                "org.csv, rad 3, fält \"namn\": namn saknas för A"));
    }
}
