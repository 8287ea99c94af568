package se.ekonomiuppfoljning.reports.cases;

/**
 * An organ's numbering of its decisions in a year, as the portal proposes its next §: the organ's own next number
 * where an economist set it ("KS 2026, nästa § 31"), or after the highest § the portal recorded, whichever is higher.
 *
 * @param next the § the portal proposes for the organ's next decision that year
 * @param set  whether an economist set the organ's own next number for the year
 */
public record ParagraphNumbering(Organ organ, int year, int next, boolean set) {}
