package se.ekonomiuppfoljning.reports.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.reports.DocumentResources;
import se.ekonomiuppfoljning.reports.ReportTemplate;

/**
 * A follow-up case (ärende) of a node for a period.
 *
 * @param details  the tjänsteskrivelse's header fields as stored (defaults filled in at creation)
 * @param meetings the meeting date per organ, where known
 * @param frozenAt when the case was sent to its first meeting and its documents were frozen; null for a draft
 * @param version  raised by every change (optimistic locking)
 */
public record ReportCase(
        long id,
        UnitCode node,
        Period period,
        CaseDetails details,
        CaseStage stage,
        Map<Organ, LocalDate> meetings,
        List<Decision> decisions,
        @Nullable Instant frozenAt,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public ReportCase {
        meetings = meetings.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(meetings));
        decisions = List.copyOf(decisions);
    }

    public boolean frozen() {
        return frozenAt != null;
    }

    public Optional<LocalDate> meeting(Organ organ) {
        return Optional.ofNullable(meetings.get(organ));
    }

    /** The date of the meeting the case waits for, if it waits for one and the date is known. */
    public Optional<LocalDate> nextMeeting() {
        Organ organ = stage.organ();
        return organ == null ? Optional.empty() : meeting(organ);
    }

    public Optional<Decision> decision(Organ organ) {
        return decisions.stream().filter(d -> d.organ() == organ).findFirst();
    }

    public String caseNumber() {
        return details.caseNumber() == null ? "" : details.caseNumber();
    }

    public String title() {
        return details.title() == null ? "" : details.title();
    }

    ReportCase with(
            CaseDetails newDetails,
            CaseStage newStage,
            Map<Organ, LocalDate> newMeetings,
            List<Decision> newDecisions,
            @Nullable Instant newFrozenAt,
            String by,
            Instant at) {
        return new ReportCase(
                id,
                node,
                period,
                newDetails,
                newStage,
                newMeetings,
                newDecisions,
                newFrozenAt,
                createdBy,
                createdAt,
                by,
                at,
                version + 1);
    }

    /** The case as text for the audit trail (its words are the resource {@code case-audit.properties}). */
    String describe() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("number", caseNumber());
        values.put("title", title());
        values.put("node", node.value());
        values.put("period", period.toString());
        values.put("stage", stage.toString());
        values.put("meetings", new TreeMap<>(meetings).toString());
        values.put(
                "decisions",
                decisions.stream()
                        .map(d -> d.organ() + " " + d.date() + " § " + d.paragraph() + " \"" + d.text() + "\"")
                        .toList()
                        .toString());
        values.put(
                "frozen",
                frozenAt == null ? "" : ReportTemplate.fill(AuditWords.FROZEN, Map.of("at", frozenAt.toString())));
        values.put("proposal", String.valueOf(details.proposal()));
        values.put("officer", String.valueOf(details.officer()));
        values.put("chief", String.valueOf(details.chief()));
        values.put("date", String.valueOf(details.date()));
        return ReportTemplate.fill(AuditWords.CASE, values);
    }

    /** The audit trail's words, read once. */
    private static final class AuditWords {
        private static final Properties WORDS = DocumentResources.load(ReportCase.class, "case-audit.properties");
        static final String CASE = WORDS.getProperty("case");
        static final String FROZEN = WORDS.getProperty("frozen");
    }
}
