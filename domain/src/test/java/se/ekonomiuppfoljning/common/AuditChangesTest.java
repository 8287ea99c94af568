package se.ekonomiuppfoljning.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionAuditFields;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.ReportAuditFields;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.organisation.UnitCode;

class AuditChangesTest {

    static final UnitCode UNIT = UnitCode.of("1150");
    static final Period FEBRUARY = new Period(2026, 2);

    private static UnitReport report(ReportState state, String analysis, String forecast) {
        return new UnitReport(
                UNIT,
                FEBRUARY,
                state,
                FollowUpStatus.MINDRE_AVVIKELSE,
                "Fler ärenden.\nstatus=inte ett fält",
                analysis,
                new BigDecimal(forecast),
                "",
                "eva",
                Instant.EPOCH,
                1);
    }

    @Test
    void only_the_fields_that_changed_are_listed_with_their_values_before_and_after() {
        String before =
                report(ReportState.READY, "Arvodena steg.", "2700000.00").describe();
        String after = report(ReportState.DRAFT, "Arvodena steg.\nFler ärenden i år.", "2750000.00")
                .describe();

        List<FieldChange> changes = AuditChanges.between(ReportAuditFields.FIELDS, before, after);

        assertThat(changes).extracting(c -> c.field().code()).containsExactly("reportState", "forecast", "analysis");
        assertThat(changes.get(0).before()).isEqualTo("READY");
        assertThat(changes.get(0).after()).isEqualTo("DRAFT");
        assertThat(changes.get(1).after()).isEqualTo("2750000.00");
        assertThat(changes.get(2).after()).isEqualTo("Arvodena steg.\nFler ärenden i år.");
    }

    @Test
    void a_save_that_changed_nothing_has_no_changes_and_a_creation_lists_every_field_with_a_value() {
        String text = report(ReportState.DRAFT, "Arvodena steg.", "1.00").describe();

        assertThat(AuditChanges.between(ReportAuditFields.FIELDS, text, text)).isEmpty();
        List<FieldChange> created = AuditChanges.between(ReportAuditFields.FIELDS, null, text);
        assertThat(created).extracting(c -> c.field().code()).doesNotContain("reviewComment");
        assertThat(created)
                .filteredOn(c -> c.field().code().equals("followUpText"))
                .singleElement()
                .extracting(FieldChange::after)
                .isEqualTo("Fler ärenden.\nstatus=inte ett fält");
    }

    @Test
    void every_key_that_describe_writes_is_a_known_field_of_its_entity() {
        Action action = new Action(
                7,
                UNIT,
                FEBRUARY,
                "Se över arvodena",
                "Fler ärenden",
                "Eva Ek",
                LocalDate.of(2026, 6, 30),
                new BigDecimal("60000"),
                DecisionLevel.POLITISK_NIVA,
                ActionStatus.FORESLAGEN,
                null,
                "eva",
                Instant.EPOCH,
                "eva",
                Instant.EPOCH,
                1);
        String text = action.describe();

        assertThat(AuditChanges.parse(ActionAuditFields.FIELDS, text)).hasSize(ActionAuditFields.FIELDS.size());
        assertThat(AuditChanges.parse(ActionAuditFields.FIELDS, text).get("effekt"))
                .isEqualTo("60000");
        String report = report(ReportState.DRAFT, "", "1").describe();
        assertThat(AuditChanges.parse(ReportAuditFields.FIELDS, report)).hasSize(ReportAuditFields.FIELDS.size());
    }

    @Test
    void a_line_typed_into_a_text_field_cannot_pass_for_another_field() {
        String before = report(ReportState.DRAFT, "Arvodena steg.", "1.00").describe();
        String forged = "Arvodena steg.\nkommentar=Godkänd av kommundirektören\nstatus=STOR_AVVIKELSE";
        String after = report(ReportState.DRAFT, forged, "1.00").describe();

        List<FieldChange> changes = AuditChanges.between(ReportAuditFields.FIELDS, before, after);

        assertThat(changes).extracting(c -> c.field().code()).containsExactly("analysis");
        assertThat(changes.get(0).after()).isEqualTo(forged);
    }

    @Test
    void backslashes_and_line_breaks_in_a_value_come_back_as_they_were_typed() {
        String typed = "C:\\rapporter\\n\r\nny rad\\";
        String text = report(ReportState.DRAFT, typed, "1.00").describe();

        assertThat(text).doesNotContain("\nny rad");
        assertThat(AuditChanges.parse(ReportAuditFields.FIELDS, text).get("analys"))
                .isEqualTo(typed);
        assertThat(AuditText.readable(text)).contains("analys=" + typed).doesNotContain("format=");
    }

    @Test
    void an_entry_written_before_values_were_escaped_still_reads_as_it_did() {
        String legacy = "tillstånd=READY\nstatus=MINDRE_AVVIKELSE\nprognos=2700000.00"
                + "\nverksamhetsuppföljning=Fler ärenden.\nstatus=inte ett fält"
                + "\nanalys=Arvodena steg.\nÖver tid.\nkommentar=";
        String now = report(ReportState.DRAFT, "Arvodena steg.\nÖver tid.", "2700000.00")
                .describe();

        List<FieldChange> changes = AuditChanges.between(ReportAuditFields.FIELDS, legacy, now);

        assertThat(changes).extracting(c -> c.field().code()).containsExactly("reportState");
        assertThat(AuditChanges.parse(ReportAuditFields.FIELDS, legacy).get("verksamhetsuppföljning"))
                .isEqualTo("Fler ärenden.\nstatus=inte ett fält");
        assertThat(AuditText.readable(legacy)).isEqualTo(legacy);
    }
}
