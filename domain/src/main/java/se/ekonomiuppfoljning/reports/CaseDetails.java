package se.ekonomiuppfoljning.reports;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the handläggare fills in for the case's tjänsteskrivelse. A blank text or a missing date takes the default
 * (see {@link TjansteskrivelseService#defaults}); every text is printed as it is written, as plain text.
 *
 * @param caseNumber   the diarienummer, free-form per kommun ("KS/2026:4")
 * @param forKnowledge who receives the decision for information, one per line
 * @param forAction    who receives the decision for action, one per line
 */
public record CaseDetails(
        @Nullable String caseNumber,
        @Nullable String title,
        @Nullable String officer,
        @Nullable String chief,
        @Nullable LocalDate date,
        @Nullable String proposal,
        @Nullable String forKnowledge,
        @Nullable String forAction) {

    /** Nothing filled in: every field takes its default. */
    public static CaseDetails blank() {
        return new CaseDetails(null, null, null, null, null, null, null, null);
    }

    public CaseDetails withCaseNumber(@Nullable String value) {
        return new CaseDetails(value, title, officer, chief, date, proposal, forKnowledge, forAction);
    }

    public CaseDetails withTitle(@Nullable String value) {
        return new CaseDetails(caseNumber, value, officer, chief, date, proposal, forKnowledge, forAction);
    }

    public CaseDetails withProposal(@Nullable String value) {
        return new CaseDetails(caseNumber, title, officer, chief, date, value, forKnowledge, forAction);
    }

    public CaseDetails withDate(@Nullable LocalDate value) {
        return new CaseDetails(caseNumber, title, officer, chief, value, proposal, forKnowledge, forAction);
    }
}
