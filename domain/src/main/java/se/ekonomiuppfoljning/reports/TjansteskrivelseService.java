package se.ekonomiuppfoljning.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.actions.Action;
import se.ekonomiuppfoljning.actions.ActionRepository;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.ProblemCode;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.cycle.ReportState;
import se.ekonomiuppfoljning.cycle.UnitReport;
import se.ekonomiuppfoljning.cycle.UnitReportRepository;
import se.ekonomiuppfoljning.cycle.UnitsCycle;
import se.ekonomiuppfoljning.cycle.UnitsCycleService;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.followup.MonthFigures;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.TjansteskrivelseBuilder.ActionLine;
import se.ekonomiuppfoljning.reports.TjansteskrivelseBuilder.Details;
import se.ekonomiuppfoljning.reports.TjansteskrivelseBuilder.UnitMonth;
import se.ekonomiuppfoljning.reports.TjansteskrivelseBuilder.UnitText;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * The tjänsteskrivelse of a node for a period: its content, built from the same follow-up table as the page, the
 * units' verksamhetsuppföljning and the åtgärder of units with a negative deviation, and the content rendered as
 * PDF or DOCX. The caller must have the node in scope (politicians may read it too); every read below is
 * restricted to the caller's scope.
 */
public class TjansteskrivelseService {

    private final OrganisationRepository organisations;
    private final FigureRepository figures;
    private final UnitReportRepository reports;
    private final ActionRepository actions;
    private final UserAccountRepository users;
    private final ReportTemplateRepository templates;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final FollowUpService followUp;
    private final UnitsCycleService unitsCycle;
    private final Map<DocumentFormat, DocumentRenderer> renderers = new EnumMap<>(DocumentFormat.class);

    public TjansteskrivelseService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            ActionRepository actions,
            UserAccountRepository users,
            ReportTemplateRepository templates,
            CurrentUser currentUser,
            Clock clock,
            List<DocumentRenderer> renderers) {
        this.organisations = organisations;
        this.figures = figures;
        this.reports = reports;
        this.actions = actions;
        this.users = users;
        this.templates = templates;
        this.currentUser = currentUser;
        this.clock = clock;
        this.followUp = new FollowUpService(organisations, figures, currentUser, clock);
        this.unitsCycle = new UnitsCycleService(organisations, figures, reports, currentUser);
        renderers.forEach(r -> this.renderers.put(r.format(), r));
    }

    /**
     * What the form proposes: today's date, the caller as handläggare, the nearest chief of the node (or above it)
     * as ansvarig chef, the template's title, förslag till beslut and receivers; no diarienummer.
     */
    public CaseDetails defaults(UnitCode node, Period period) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope.resolve(organisation, user).requireReadable(node);
        LocalDate today = LocalDate.now(clock);
        TjansteskrivelseBuilder builder =
                new TjansteskrivelseBuilder(templates.load(), organisation.require(node), period, today);
        return new CaseDetails(
                "",
                builder.defaultTitle(),
                user.displayName(),
                nearestChief(organisation, node).orElse(""),
                today,
                builder.defaultProposal(),
                builder.defaultRecipients(),
                builder.defaultRecipients());
    }

    /** The content of the node's tjänsteskrivelse for the period, with the handläggare's details. */
    public Tjansteskrivelse content(UnitCode node, Period period, CaseDetails details) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, user);
        scope.requireReadable(node);
        FollowUpTable table = followUp.table(node, period);
        Unit nodeUnit = organisation.require(node);
        LocalDate date = details.date() == null ? LocalDate.now(clock) : details.date();
        TjansteskrivelseBuilder builder = new TjansteskrivelseBuilder(templates.load(), nodeUnit, period, date);
        Details resolved = new Details(
                text(details.caseNumber(), TextField.CASE_NUMBER, PlainText.MAX_SHORT_LENGTH, ""),
                text(details.title(), ReportProblem.TITLE_FIELD, PlainText.MAX_SHORT_LENGTH, builder.defaultTitle()),
                text(details.officer(), ReportProblem.OFFICER_FIELD, PlainText.MAX_SHORT_LENGTH, user.displayName()),
                text(
                        details.chief(),
                        ReportProblem.CHIEF_FIELD,
                        PlainText.MAX_SHORT_LENGTH,
                        nearestChief(organisation, node).orElse("")),
                date,
                text(details.proposal(), ReportProblem.PROPOSAL_FIELD, PlainText.MAX_LENGTH, builder.defaultProposal()),
                text(
                        details.forKnowledge(),
                        ReportProblem.FOR_KNOWLEDGE_FIELD,
                        PlainText.MAX_LENGTH,
                        builder.defaultRecipients()),
                text(
                        details.forAction(),
                        ReportProblem.FOR_ACTION_FIELD,
                        PlainText.MAX_LENGTH,
                        builder.defaultRecipients()));

        Set<UnitCode> subtree = scope.restrict(organisation.subtree(node));
        List<MonthFigures> months =
                figures.figuresByMonth(scope, frameUnits(organisation, node, subtree), period.year());
        List<UnitText> texts = new ArrayList<>();
        Map<UnitCode, UnitReport> stored = new HashMap<>();
        reports.findAll(subtree, period).forEach(r -> stored.put(r.unit(), r));
        for (UnitCode code : subtree) {
            UnitReport report = stored.get(code);
            // a reader who may not edit the unit (a politician) reads its texts once the month is approved
            if (report != null && CycleAccess.mayReadTexts(organisation, user, code, report.state())) {
                texts.add(new UnitText(organisation.require(code), report));
            }
        }
        Map<UnitCode, Figures> own = figures.figuresByUnit(scope, subtree, period);
        return builder.build(
                kommun(organisation, node),
                resolved,
                table,
                months,
                texts,
                actionLines(organisation, subtree, period, own).stream()
                        .filter(l -> readable(organisation, user, l.action()))
                        .toList(),
                ForecastTable.hasForecast(period) ? unitsCycle.of(table) : null,
                unitMonths(organisation, user, subtree, period, stored, own));
    }

    /**
     * The units of the subtree that write a month (those without children), in the tree's order, each with its
     * report, whether the caller reads its texts (the rule of {@link CycleAccess#mayReadTexts}), its helårsprognos
     * as the units' cycle sums it, and whether its deviation is negative as the åtgärder's rule reads it.
     */
    private List<UnitMonth> unitMonths(
            Organisation organisation,
            UserAccount user,
            Set<UnitCode> subtree,
            Period period,
            Map<UnitCode, UnitReport> stored,
            Map<UnitCode, Figures> own) {
        List<UnitCode> units =
                subtree.stream().filter(code -> !organisation.hasChildren(code)).toList();
        Map<UnitCode, UnitsCycle> cycles = unitsCycle.of(units, period);
        List<UnitMonth> months = new ArrayList<>();
        for (UnitCode code : units) {
            UnitReport report = stored.get(code);
            ReportState state = report == null ? ReportState.DRAFT : report.state();
            months.add(new UnitMonth(
                    organisation.require(code),
                    report,
                    CycleAccess.mayReadTexts(organisation, user, code, state),
                    cycles.getOrDefault(code, UnitsCycle.NONE),
                    subtreeFigures(organisation, own, code),
                    hasNegativeDeviation(organisation, own, code)));
        }
        return months;
    }

    /** The node's tjänsteskrivelse as a file. */
    public RenderedDocument render(UnitCode node, Period period, CaseDetails details, DocumentFormat format) {
        return render(content(node, period, details).toDocument(), format);
    }

    /** A document's content (e.g. one kept when its case was sent) as a file; for any logged-in user. */
    public RenderedDocument render(ReportDocument document, DocumentFormat format) {
        currentUser.require();
        DocumentRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new IllegalStateException("no renderer for " + format);
        }
        return new RenderedDocument(
                document.fileBaseName() + "." + format.extension(), format.mediaType(), renderer.render(document));
    }

    /** The åtgärd as {@code ActionService} shows it: to a reader, once decided or once its month is approved. */
    private boolean readable(Organisation organisation, UserAccount user, Action action) {
        ReportState raisedIn = reports.find(action.unit(), action.period())
                .map(UnitReport::state)
                .orElse(ReportState.DRAFT);
        return CycleAccess.mayReadAction(
                organisation, user, action.unit(), action.status().decided(), raisedIn);
    }

    /** The units whose months the chart sums: those counted in the node's total (the node's frame). */
    private static Set<UnitCode> frameUnits(Organisation organisation, UnitCode node, Set<UnitCode> subtree) {
        Optional<CommitteeCode> frame = organisation.committeeOf(node);
        if (frame.isEmpty() || !organisation.hasChildren(node)) {
            return subtree;
        }
        Set<UnitCode> inFrame = new LinkedHashSet<>();
        subtree.stream().filter(u -> organisation.countsInFrame(u, frame.get())).forEach(inFrame::add);
        return inFrame;
    }

    /**
     * The open åtgärder raised up to the period for units of the subtree whose deviation, of the month or to date,
     * is negative as printed; in the tree's order, then by due date.
     */
    private List<ActionLine> actionLines(
            Organisation organisation, Set<UnitCode> subtree, Period period, Map<UnitCode, Figures> own) {
        List<Action> open = actions.open(subtree).stream()
                .filter(a -> a.period().compareTo(period) <= 0)
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<UnitCode, Boolean> negative = new HashMap<>();
        Map<UnitCode, Integer> order = new HashMap<>();
        for (UnitCode code : subtree) {
            order.put(code, order.size());
        }
        List<ActionLine> lines = new ArrayList<>();
        for (Action action : open) {
            if (negative.computeIfAbsent(action.unit(), u -> hasNegativeDeviation(organisation, own, u))) {
                lines.add(new ActionLine(organisation.require(action.unit()), action));
            }
        }
        lines.sort(Comparator.comparingInt(
                        (ActionLine l) -> order.getOrDefault(l.unit().code(), Integer.MAX_VALUE))
                .thenComparing(l -> l.action().dueDate())
                .thenComparingLong(l -> l.action().id()));
        return lines;
    }

    private static boolean hasNegativeDeviation(Organisation organisation, Map<UnitCode, Figures> own, UnitCode unit) {
        Figures sum = subtreeFigures(organisation, own, unit);
        return SwedishFormat.toTkr(sum.monthDeviation()).signum() < 0
                || SwedishFormat.toTkr(sum.ytdDeviation()).signum() < 0;
    }

    /** The figures of the unit and everything below it. */
    private static Figures subtreeFigures(Organisation organisation, Map<UnitCode, Figures> own, UnitCode unit) {
        Figures sum = Figures.ZERO;
        for (UnitCode code : organisation.subtree(unit)) {
            sum = sum.plus(own.getOrDefault(code, Figures.ZERO));
        }
        return sum;
    }

    /** The kommun: the root of the node's tree. */
    private static String kommun(Organisation organisation, UnitCode node) {
        return organisation.ancestors(node).get(0).name();
    }

    /** The display name of the chief assigned nearest above or at the node. */
    private Optional<String> nearestChief(Organisation organisation, UnitCode node) {
        List<UserAccount> chiefs = users.findAll().stream()
                .filter(u -> u.enabled() && u.has(Role.CHEF))
                .toList();
        List<Unit> path = organisation.ancestors(node);
        for (int i = path.size() - 1; i >= 0; i--) {
            UnitCode code = path.get(i).code();
            Optional<UserAccount> chief = chiefs.stream()
                    .filter(u -> u.units().contains(code))
                    .min(Comparator.comparing(UserAccount::username));
            if (chief.isPresent()) {
                return Optional.of(chief.get().displayName());
            }
        }
        return Optional.empty();
    }

    private static String text(@Nullable String value, ProblemCode field, int maxLength, String fallback) {
        String cleaned = PlainText.clean(value, field, maxLength);
        return cleaned.isEmpty() ? fallback : cleaned;
    }
}
