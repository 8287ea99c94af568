package se.ekonomiuppfoljning.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.actions.OverdueReason;
import se.ekonomiuppfoljning.cycle.ProgressRow;
import se.ekonomiuppfoljning.cycle.ProgressState;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

/** The reminder's words come from its resource; every state a chief can be reminded of has its words there. */
class ReminderTextTest {

    private static final Unit UNIT = new Unit(UnitCode.of("1150"), "Överförmyndarvht", null, null, null, 1);

    @Test
    void what_is_missing_reads_as_before_for_every_state_with_and_without_a_missing_analysis() {
        Map<ProgressState, String> withoutAnalysis = new EnumMap<>(ProgressState.class);
        Map<ProgressState, String> withAnalysisMissing = new EnumMap<>(ProgressState.class);
        for (ProgressState state : ProgressState.values()) {
            withoutAnalysis.put(state, ReminderText.missing(new ProgressRow(UNIT, 0, state, false, false, 1)));
            withAnalysisMissing.put(state, ReminderText.missing(new ProgressRow(UNIT, 0, state, true, true, 1)));
        }

        assertThat(withoutAnalysis)
                .containsEntry(ProgressState.NOT_STARTED, "ej påbörjad")
                .containsEntry(ProgressState.DRAFT, "utkast, inte markerad som klar")
                .containsEntry(ProgressState.READY, "")
                .containsEntry(ProgressState.APPROVED, "")
                .containsEntry(ProgressState.SENT_BACK, "återskickad");
        assertThat(withAnalysisMissing)
                .containsEntry(ProgressState.SENT_BACK, "återskickad; ekonomisk analys saknas")
                .containsEntry(ProgressState.READY, "ekonomisk analys saknas")
                .containsEntry(ProgressState.APPROVED, "");
    }

    @Test
    void each_reason_an_action_is_overdue_has_its_sentence() {
        assertThat(ReminderText.reason(OverdueReason.PAST_DUE_DATE)).isEqualTo("Slutdatumet har passerats");
        assertThat(ReminderText.reason(OverdueReason.NOT_DECIDED_IN_TIME)).isEqualTo("Inte politiskt beslutad i tid");
    }
}
