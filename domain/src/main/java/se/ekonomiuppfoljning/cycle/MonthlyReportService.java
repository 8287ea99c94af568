package se.ekonomiuppfoljning.cycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.AuditEntry;
import se.ekonomiuppfoljning.common.AuditLog;
import se.ekonomiuppfoljning.common.ConcurrentEditException;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.common.TextField;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.AccessScope;
import se.ekonomiuppfoljning.security.CurrentUser;
import se.ekonomiuppfoljning.security.PermissionDeniedException;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The month's report of a unit: read it, write the analysis, verksamhetsuppföljning and forecast, mark it ready,
 * approve it or send it back; and the reviewer's progress over a node. Every call resolves the caller's scope
 * itself (see {@link CycleAccess} for who may do what), every write names the version the user edited and is
 * refused with {@link ConcurrentEditException} when it is stale, and every change is written to the
 * {@link AuditLog}.
 */
public class MonthlyReportService {

    public static final String AUDIT_ENTITY = "UNIT_REPORT";
    public static final String AUDIT_THRESHOLDS = "THRESHOLDS";

    private static final BigDecimal MAX_FORECAST = new BigDecimal("9999999999999.99");

    private final OrganisationRepository organisations;
    private final FigureRepository figures;
    private final UnitReportRepository reports;
    private final ThresholdRepository thresholds;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Progress progress;

    public MonthlyReportService(
            OrganisationRepository organisations,
            FigureRepository figures,
            UnitReportRepository reports,
            ThresholdRepository thresholds,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.figures = figures;
        this.reports = reports;
        this.thresholds = thresholds;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.progress = new Progress(figures, reports, thresholds);
    }

    /** A unit's report for the period; a not-started report (version 0) when none is stored. */
    public MonthlyReport report(UnitCode unit, Period period) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope scope = AccessScope.resolve(organisation, user);
        scope.requireReadable(unit);
        UnitReport report = stored(unit, period);
        ForecastFigures forecast = Forecasts.of(figures, organisation, scope, unit, period, report);
        boolean withheld = !CycleAccess.mayReadTexts(organisation, user, unit, report.state());
        boolean reviewer = CycleAccess.mayReview(organisation, user, unit);
        Optional<Problem> fourEyes = reviewer ? fourEyes(user, report) : Optional.empty();
        return new MonthlyReport(
                organisation.require(unit),
                period,
                withheld ? report.withoutTexts() : report,
                forecast,
                thresholds.load().analysisReasons(forecast),
                CycleAccess.mayEdit(organisation, user, unit),
                CycleAccess.mayMarkReady(organisation, user, unit),
                reviewer,
                withheld,
                report.hasAnalysis(),
                fourEyes);
    }

    /**
     * The audit trail of a unit's report: who changed what, when, before and after. For reviewers above the unit
     * (the kommundirektör, a förvaltningschef) and economists with the unit in scope; others are refused.
     */
    public List<AuditEntry> history(UnitCode unit, Period period) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        AccessScope.resolve(organisation, user).requireReadable(unit);
        if (!CycleAccess.mayReadHistory(organisation, user, unit)) {
            throw new PermissionDeniedException(user.username(), "read the audit trail of " + unit);
        }
        return audit.entriesFor(
                AUDIT_ENTITY, UnitReport.notStarted(unit, period).auditId());
    }

    /**
     * Saves what the user edited over version {@code expectedVersion} (0 for a report not yet started). A report
     * that was ready goes back to draft (it must be marked ready again); one sent back stays sent back, with the
     * reviewer's comment, until it is marked ready; an approved report is frozen.
     */
    public UnitReport save(UnitCode unit, Period period, ReportEdit edit, long expectedVersion) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        CycleAccess.requireEditor(organisation, user, unit, "edit the monthly report");
        String followUpText = PlainText.clean(edit.followUpText(), TextField.FOLLOW_UP_TEXT);
        String analysis = PlainText.clean(edit.analysis(), TextField.ANALYSIS);
        BigDecimal forecast = kronor(edit.forecast());
        UnitReport before = stored(unit, period);
        requireVersion(organisation, before, expectedVersion, edit);
        if (!before.state().editable()) {
            throw new RuleViolationException(CycleProblem.REPORT_APPROVED_LOCKED, title(organisation, before));
        }
        ReportState state = before.state() == ReportState.READY ? ReportState.DRAFT : before.state();
        UnitReport after = new UnitReport(
                unit,
                period,
                state,
                edit.followUpStatus(),
                followUpText,
                analysis,
                forecast,
                before.reviewComment(),
                user.username(),
                clock.instant(),
                before.version() + 1,
                user.username());
        write(organisation, user, before, after, edit);
        return after;
    }

    /**
     * The unit's chief marks the report ready for review. Refused without a verksamhetsuppföljning status, and
     * without an analysis where the thresholds make one mandatory (the message says why).
     */
    public UnitReport markReady(UnitCode unit, Period period, long expectedVersion) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        if (!CycleAccess.mayEdit(user)) {
            throw new PermissionDeniedException(user.username(), "mark the monthly report ready");
        }
        CycleAccess.editingScope(organisation, user).requireReadable(unit);
        if (!CycleAccess.mayMarkReady(organisation, user, unit)) {
            throw new PermissionDeniedException(user.username(), "mark the monthly report ready");
        }
        UnitReport before = stored(unit, period);
        requireVersion(organisation, before, expectedVersion, null);
        Problem title = title(organisation, before);
        if (!before.stored()) {
            throw new RuleViolationException(CycleProblem.REPORT_NOT_STARTED, title);
        }
        switch (before.state()) {
            case READY -> throw new RuleViolationException(CycleProblem.REPORT_ALREADY_READY, title);
            case APPROVED -> throw new RuleViolationException(CycleProblem.REPORT_ALREADY_APPROVED, title);
            default -> {}
        }
        if (before.followUpStatus() == null) {
            throw new RuleViolationException(CycleProblem.REPORT_STATUS_MISSING, title);
        }
        AccessScope scope = AccessScope.resolve(organisation, user);
        ForecastFigures forecast = Forecasts.of(figures, organisation, scope, unit, period, before);
        List<Problem> reasons = thresholds.load().analysisReasons(forecast);
        if (!reasons.isEmpty() && !before.hasAnalysis()) {
            throw new RuleViolationException(CycleProblem.REPORT_ANALYSIS_REQUIRED, title, CycleProblem.all(reasons));
        }
        UnitReport after = before.with(ReportState.READY, before.reviewComment(), user.username(), clock.instant());
        write(organisation, user, before, after, null);
        return after;
    }

    /**
     * A reviewer above the unit approves a ready report; it is frozen from then on. Four eyes: refused to the one
     * who last saved its texts or forecast and to the one who marked it ready.
     */
    public UnitReport approve(UnitCode unit, Period period, long expectedVersion) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        CycleAccess.requireReviewer(
                organisation, user, AccessScope.resolve(organisation, user), unit, "approve the monthly report");
        UnitReport before = stored(unit, period);
        requireVersion(organisation, before, expectedVersion, null);
        requireReady(organisation, before, CycleProblem.REPORT_NOT_READY_TO_APPROVE);
        var fourEyes = fourEyes(user, before);
        if (fourEyes.isPresent()) {
            throw new RuleViolationException(
                    CycleProblem.REPORT_NOT_YOURS_TO_APPROVE, title(organisation, before), fourEyes.get());
        }
        UnitReport after = before.with(ReportState.APPROVED, "", user.username(), clock.instant());
        write(organisation, user, before, after, null);
        return after;
    }

    /** A reviewer above the unit sends a ready report back with a comment; the chief marks it ready again. */
    public UnitReport sendBack(UnitCode unit, Period period, String comment, long expectedVersion) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        CycleAccess.requireReviewer(
                organisation, user, AccessScope.resolve(organisation, user), unit, "send the monthly report back");
        String cleaned = PlainText.clean(comment, TextField.COMMENT);
        if (cleaned.isEmpty()) {
            throw new RuleViolationException(CycleProblem.SEND_BACK_COMMENT_MISSING);
        }
        UnitReport before = stored(unit, period);
        requireVersion(organisation, before, expectedVersion, comment);
        requireReady(organisation, before, CycleProblem.REPORT_NOT_READY_TO_SEND_BACK);
        UnitReport after = before.with(ReportState.SENT_BACK, cleaned, user.username(), clock.instant());
        write(organisation, user, before, after, comment);
        return after;
    }

    /**
     * The reviewer's overview: every unit of the node's subtree (the node first, parents before children) with the
     * state of its report and whether a mandatory analysis is missing. Anybody with the node in scope may read it.
     */
    public List<ProgressRow> progress(UnitCode node, Period period) {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        return progress.rows(organisation, AccessScope.resolve(organisation, user), node, period);
    }

    /**
     * "Att granska": the months marked ready, of every period, that the caller reviews (units whose parent is in
     * their chief or economist assignments, the root for its economist), oldest period first, each saying whether
     * the four-eyes rule lets the caller approve it. Refused to a user without an editing role (a politician).
     */
    public List<ReviewTask> toReview() {
        UserAccount user = currentUser.require();
        Organisation organisation = organisations.load();
        if (!CycleAccess.mayEdit(user)) {
            throw new PermissionDeniedException(user.username(), "list the months to review");
        }
        AccessScope scope = AccessScope.resolve(organisation, user);
        java.util.Set<UnitCode> reviewed = new java.util.HashSet<>();
        for (UnitCode unit : scope.visibleUnits()) {
            if (CycleAccess.mayReview(organisation, user, unit)) {
                reviewed.add(unit);
            }
        }
        return reports.findInState(scope.restrict(reviewed), ReportState.READY).stream()
                .filter(r -> scope.canRead(r.unit()) && CycleAccess.mayReview(organisation, user, r.unit()))
                .map(r -> new ReviewTask(
                        organisation.require(r.unit()),
                        r.period(),
                        r.updatedBy(),
                        r.updatedAt(),
                        fourEyes(user, r).isEmpty()))
                .toList();
    }

    /** The kommun's thresholds; anybody logged in may read them. */
    public Thresholds thresholds() {
        currentUser.require();
        return thresholds.load();
    }

    /** Changes the kommun's thresholds: administrators only. */
    public void saveThresholds(Thresholds changed) {
        UserAccount user = currentUser.require();
        if (!user.enabled() || !user.has(Role.ADMIN)) {
            throw new PermissionDeniedException(user.username(), "change the thresholds");
        }
        Thresholds before = thresholds.load();
        thresholds.save(changed);
        audit.record(new AuditEntry(
                user.username(), clock.instant(), AUDIT_THRESHOLDS, "kommun", describe(before), describe(changed)));
    }

    private static String describe(Thresholds t) {
        return "kronor=" + t.ytdDeviationKronor().toPlainString() + "\nprocent="
                + t.ytdDeviationPercent().toPlainString();
    }

    private UnitReport stored(UnitCode unit, Period period) {
        return reports.find(unit, period).orElseGet(() -> UnitReport.notStarted(unit, period));
    }

    private void requireVersion(
            Organisation organisation, UnitReport current, long expectedVersion, @Nullable Object attempted) {
        if (current.version() != expectedVersion) {
            throw new ConcurrentEditException(title(organisation, current), current, attempted, expectedVersion);
        }
    }

    private static void requireReady(Organisation organisation, UnitReport report, CycleProblem refusal) {
        if (!report.stored() || report.state() != ReportState.READY) {
            throw new RuleViolationException(
                    refusal, title(organisation, report), CycleProblem.state(ProgressState.of(report)));
        }
    }

    /**
     * Four eyes over the whole round of the month: besides the last writer and the one who marked it ready
     * ({@link CycleAccess#fourEyesRefusal}), nobody who saved or marked the month since it was last sent back (or
     * since it was started) approves it, so a reviewer cannot write the texts and let another make a trivial save.
     */
    private Optional<Problem> fourEyes(UserAccount user, UnitReport report) {
        var last = CycleAccess.fourEyesRefusal(user, report);
        if (last.isPresent() || !report.stored()) {
            return last;
        }
        boolean contributed = false;
        for (AuditEntry entry : audit.entriesFor(AUDIT_ENTITY, report.auditId())) {
            if (entry.after() != null
                    && entry.after().startsWith(UnitReport.AUDIT_STATE + ReportState.SENT_BACK.name() + "\n")) {
                contributed = false;
            } else if (entry.username().equals(user.username())) {
                contributed = true;
            }
        }
        return contributed ? Optional.of(Problem.of(CycleProblem.FOUR_EYES_WROTE_THIS_ROUND)) : Optional.empty();
    }

    private void write(
            Organisation organisation,
            UserAccount user,
            UnitReport before,
            UnitReport after,
            @Nullable Object attempted) {
        boolean written = before.stored() ? reports.update(after, before.version()) : reports.insert(after);
        if (!written) {
            UnitReport current = stored(after.unit(), after.period());
            throw new ConcurrentEditException(title(organisation, current), current, attempted, before.version());
        }
        audit.record(new AuditEntry(
                        user.username(),
                        after.updatedAt(),
                        AUDIT_ENTITY,
                        after.auditId(),
                        before.stored() ? before.describe() : null,
                        after.describe())
                .withUnit(after.unit().value()));
    }

    private static @Nullable BigDecimal kronor(@Nullable BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.stripTrailingZeros().scale() > 2 || amount.abs().compareTo(MAX_FORECAST) > 0) {
            throw new RuleViolationException(CycleProblem.FORECAST_NOT_KRONOR);
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Problem title(Organisation organisation, UnitReport report) {
        return Problem.of(
                CycleProblem.REPORT_TITLE,
                organisation
                        .unit(report.unit())
                        .map(Unit::name)
                        .orElse(report.unit().value()),
                report.period());
    }
}
