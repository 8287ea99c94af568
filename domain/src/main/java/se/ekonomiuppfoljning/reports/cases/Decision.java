package se.ekonomiuppfoljning.reports.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An organ's decision on a case: its meeting's date, the § (numbered through the year per organ) and the decision
 * text, with who recorded it and when.
 */
public record Decision(
        Organ organ, LocalDate date, int paragraph, String text, String recordedBy, Instant recordedAt) {}
