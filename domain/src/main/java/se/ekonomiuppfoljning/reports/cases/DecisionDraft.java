package se.ekonomiuppfoljning.reports.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the ekonomichef records for the decision of the organ whose meeting the case waits for.
 *
 * @param nextMeeting the date of the next organ's meeting (KS after AU, KF after KS), required when the decision
 *                    sends the case on; ignored after KF's decision (the case closes) and when a decision is corrected
 * @param actions     the proposed political åtgärder of the case's units that this decision decides: each is
 *                    recorded as decided with the decision's organ, date and § (once, from the case's decision)
 */
public record DecisionDraft(
        @Nullable LocalDate date,
        int paragraph,
        String text,
        @Nullable LocalDate nextMeeting,
        List<Long> actions) {

    public DecisionDraft {
        actions = List.copyOf(actions);
    }

    /** A decision that decides no åtgärd. */
    public DecisionDraft(@Nullable LocalDate date, int paragraph, String text, @Nullable LocalDate nextMeeting) {
        this(date, paragraph, text, nextMeeting, List.of());
    }
}
