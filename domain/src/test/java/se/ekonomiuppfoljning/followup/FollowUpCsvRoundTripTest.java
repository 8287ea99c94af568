package se.ekonomiuppfoljning.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.export.CsvWriter;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.SeedKommun;

/** The follow-up CSV reads back, with commons-csv in the portal's format, to the names and figures it was made of. */
class FollowUpCsvRoundTripTest {

    private static final List<String> NAMES = List.of(
            "Kommundirektör; stab",
            "Ekonomi \"o\" planering",
            "IT\nrad två",
            "TIA-avdelningen\r\n(gamla namnet)",
            "\"",
            "#Nämndsekretariat ");

    private final AtomicReference<UserAccount> caller = new AtomicReference<>();
    private final FollowUpService service;

    FollowUpCsvRoundTripTest() {
        InMemoryFigures figures = new InMemoryFigures();
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
        service = new FollowUpService(
                new FixedOrganisation(SeedKommun.organisation()),
                figures,
                caller::get,
                Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneId.of("Europe/Stockholm")));
        caller.set(SeedKommun.economist("martin", SeedKommun.KLS));
    }

    private static List<List<String>> read(String csv) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(csv))
                .setFormat(CsvWriter.FORMAT)
                .get()) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        return records;
    }

    /** The table with the first rows' units renamed to names holding separators, quotes and line breaks. */
    private static FollowUpTable renamed(FollowUpTable table) {
        List<FollowUpRow> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            FollowUpRow row = table.rows().get(i);
            Unit unit = row.unit();
            String name = i < NAMES.size() ? NAMES.get(i) : unit.name();
            rows.add(new FollowUpRow(
                    new Unit(unit.code(), name, unit.shortName(), unit.parent(), unit.committee(), unit.sortOrder()),
                    row.figures(),
                    row.inTotal(),
                    row.hasChildren(),
                    row.reportsTo()));
        }
        return new FollowUpTable(table.node(), table.period(), rows, table.total());
    }

    @Test
    void names_with_separators_quotes_and_line_breaks_read_back_and_the_figures_stay_in_their_columns()
            throws IOException {
        FollowUpTable seed = service.table(SeedKommun.KLS, new Period(2026, 2));
        FollowUpTable awkward = renamed(seed);

        List<List<String>> plain = read(FollowUpCsv.write(seed));
        List<List<String>> read = read(FollowUpCsv.write(awkward));

        assertThat(read).hasSameSizeAs(plain).hasSize(seed.rows().size() + 2);
        assertThat(read.get(0)).isEqualTo(FollowUpCsv.HEADERS);
        for (int i = 0; i < awkward.rows().size(); i++) {
            List<String> record = read.get(i + 1);
            assertThat(record).as("row %d", i).hasSize(FollowUpCsv.HEADERS.size());
            assertThat(record.get(0)).isEqualTo(awkward.rows().get(i).unit().name());
            assertThat(record.subList(1, record.size()))
                    .isEqualTo(plain.get(i + 1).subList(1, record.size()));
        }
        assertThat(read.get(read.size() - 1)).isEqualTo(plain.get(plain.size() - 1));
        assertThat(read.get(1).get(0)).isEqualTo("Kommundirektör; stab");
        assertThat(read.get(3).get(0)).isEqualTo("IT\nrad två");
    }

    @Test
    void the_plain_seed_file_is_written_without_any_quote() {
        assertThat(FollowUpCsv.write(service.table(SeedKommun.KLS, new Period(2026, 2))))
                .doesNotContain("\"");
    }
}
