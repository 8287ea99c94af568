package se.ekonomiuppfoljning.reports.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import se.ekonomiuppfoljning.cycle.Question;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.ReportTemplateRepository;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The meeting agenda: the coming meetings of the organs the caller follows with the cases on each, and the
 * politicians' questions on a case's units. Only cases whose node the caller may read.
 */
public class MeetingAgendaService {

    private final OrganisationRepository organisations;
    private final ReportTemplateRepository templates;
    private final QuestionService questions;
    private final CurrentUser currentUser;
    private final CaseAccess access;

    public MeetingAgendaService(
            OrganisationRepository organisations,
            CaseRepository cases,
            QuestionService questions,
            ReportTemplateRepository templates,
            CurrentUser currentUser) {
        this.organisations = organisations;
        this.templates = templates;
        this.questions = questions;
        this.currentUser = currentUser;
        this.access = new CaseAccess(organisations, cases, currentUser);
    }

    /**
     * The coming meetings of the organs the caller follows, with the cases on each agenda: every meeting a case
     * waits for (its date set, the organ's decision not yet recorded, so a meeting whose date has passed stays until
     * its decision is recorded), by date. A politician follows the organs of their committees (a KS member: AU and
     * KS; a KF member: KF), everyone else every organ; only cases whose node the caller may read.
     */
    public List<Meeting> comingMeetings() {
        UserAccount user = currentUser.require();
        Set<Organ> organs = followedOrgans(user);
        Map<Organ, TreeMap<LocalDate, List<ReportCase>>> agendas = new EnumMap<>(Organ.class);
        for (ReportCase reportCase : access.readableCases()) {
            Organ organ = reportCase.stage().organ();
            Optional<LocalDate> date = reportCase.nextMeeting();
            if (organ != null && organs.contains(organ) && date.isPresent()) {
                agendas.computeIfAbsent(organ, o -> new TreeMap<>())
                        .computeIfAbsent(date.get(), d -> new ArrayList<>())
                        .add(reportCase);
            }
        }
        List<Meeting> meetings = new ArrayList<>();
        agendas.forEach((organ, dates) -> dates.forEach((date, list) -> meetings.add(new Meeting(
                organ,
                date,
                list.stream()
                        .sorted(Comparator.comparing(ReportCase::caseNumber))
                        .toList()))));
        meetings.sort(Comparator.comparing(Meeting::date).thenComparing(Meeting::organ));
        return meetings;
    }

    /**
     * The politicians' questions on the case's units for its period, with their answers, in the tree's order (only
     * units the caller may read).
     */
    public List<Question> questions(long id) {
        ReportCase reportCase = access.readable(id);
        Organisation organisation = organisations.load();
        AccessScope scope = access.scope(currentUser.require());
        // one read for all the units, then in the tree's order
        List<UnitCode> units = List.copyOf(scope.restrict(organisation.subtree(reportCase.node())));
        List<Question> all = questions.questions(units, reportCase.period());
        List<Question> found = new ArrayList<>();
        for (UnitCode unit : units) {
            all.stream().filter(q -> q.unit().equals(unit)).forEach(found::add);
        }
        return found;
    }

    /** The organs' names as the documents print them. */
    public String organName(Organ organ) {
        currentUser.require();
        return templates.load().text(organ.nameKey());
    }

    private static Set<Organ> followedOrgans(UserAccount user) {
        if (user.has(Role.CHEF) || user.has(Role.EKONOM)) {
            return Set.of(Organ.values());
        }
        Set<Organ> organs = EnumSet.noneOf(Organ.class);
        for (Organ organ : Organ.values()) {
            if (user.committees().contains(organ.committee())) {
                organs.add(organ);
            }
        }
        return organs;
    }
}
