package se.ekonomiuppfoljning.reports.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the ekonomichef records for the decision of the organ whose meeting the case waits for.
 *
 * @param nextMeeting the date of the next organ's meeting (KS after AU, KF after KS); none when not yet known, and
 *                    ignored after KF's decision (the case closes)
 */
public record DecisionDraft(
        LocalDate date,
        int paragraph,
        String text,
        @Nullable LocalDate nextMeeting) {}
