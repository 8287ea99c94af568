package se.ekonomiuppfoljning.reports.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The port to the stored cases, their decisions and frozen reports, and the kommun's diarienummer pattern. An
 * update names the version it replaces and reports whether a row changed.
 */
public interface CaseRepository {

    Optional<ReportCase> find(long id);

    /** The cases of the given nodes, newest period first. */
    List<ReportCase> findByNodes(Collection<UnitCode> nodes);

    /**
     * Stores a new case (its id is ignored) as the next version of its node and period, and returns it with its id.
     */
    ReportCase insert(ReportCase reportCase);

    /**
     * Stores a new case as the first of its node and period; empty when that node and period already has a case. The
     * store decides atomically, so of two economists creating the same case at once, one gets empty.
     */
    Optional<ReportCase> insertFirst(ReportCase reportCase);

    /** Replaces the case's fields and meetings if its stored version is {@code expectedVersion}. */
    boolean update(ReportCase reportCase, long expectedVersion);

    /** Adds a decision; false when the organ already used the § that year. */
    boolean addDecision(long caseId, Decision decision);

    /** The highest § the organ used in the year, if any. */
    OptionalInt highestParagraph(Organ organ, int year);

    /**
     * Replaces the case's decision of {@code decision.organ()} (its date, §, text, who and when); false when the organ
     * already used the § in the decision's year for another case.
     */
    boolean replaceDecision(long caseId, Decision decision);

    /** The organ's own next § in the year, as an economist set it from the organ's numbering, if set. */
    OptionalInt nextParagraph(Organ organ, int year);

    void saveNextParagraph(Organ organ, int year, int next, String username, Instant at);

    void saveFrozen(long caseId, FrozenReport frozen);

    Optional<FrozenReport> frozen(long caseId);

    /** The kommun's diarienummer pattern (a regular expression), if it set one. */
    Optional<String> caseNumberPattern();

    void saveCaseNumberPattern(@Nullable String pattern, String username, Instant at);
}
