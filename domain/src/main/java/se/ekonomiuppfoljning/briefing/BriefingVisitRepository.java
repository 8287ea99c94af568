package se.ekonomiuppfoljning.briefing;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** The port for when each user last opened the briefing of each case. */
public interface BriefingVisitRepository {

    /** The user's last opening of each of the cases that has one. */
    Map<Long, Instant> lastVisits(String username, Collection<Long> caseIds);

    /** Records that the user opened the cases' briefings at {@code at} (replacing earlier openings). */
    void record(String username, Collection<Long> caseIds, Instant at);
}
