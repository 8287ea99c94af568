package se.ekonomiuppfoljning.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.export.ExportCell;
import se.ekonomiuppfoljning.export.ExportTable;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class FollowUpCsvTest {

    private final AtomicReference<UserAccount> caller = new AtomicReference<>();
    private final FollowUpService service;

    FollowUpCsvTest() {
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

    @Test
    void the_seed_table_for_kls_february_is_written_line_for_line() {
        String csv = FollowUpCsv.write(service.table(SeedKommun.KLS, new Period(2026, 2)));

        assertThat(csv.split("\r\n"))
                .startsWith(
                        "namn;budget månad;redovisning månad;avvikelse månad;% av budget månad;årsbudget;budget t o m;"
                                + "redovisning t o m;avvikelse t o m;% av budget t o m;ingår i totalen",
                        "Kommundirektör;197;162;35;82,4;3560;380;343;37;90,2;ja");
        assertThat(csv)
                .contains(
                        "\r\nTIA-avdelningen;1326;1309;17;98,7;17923;2667;2703;-36;101,3;nej\r\n",
                        "\r\nÖverförmyndarvht;137;409;-272;298,2;2580;393;445;-52;113,2;ja\r\n");
        assertThat(csv).endsWith("\r\nTotalt KLS;3483;3340;143;95,9;52999;6960;6704;256;96,3;\r\n");
    }

    @Test
    void the_table_keeps_kronor_so_that_excel_gets_them_exact() {
        ExportTable table = FollowUpCsv.table(service.table(SeedKommun.KLS, new Period(2026, 2)));

        assertThat(table.total()).isNotNull();
        assertThat(table.total().get(1)).isInstanceOf(ExportCell.Amount.class);
        assertThat(((ExportCell.Amount) table.total().get(1)).kronor()).isEqualByComparingTo("3483236.00");
        assertThat(table.rows()).hasSize(10);
        assertThat(table.headers()).isEqualTo(FollowUpCsv.HEADERS).hasSize(11);
        assertThat(List.copyOf(table.footnotes())).isEmpty();
    }
}
