package se.ekonomiuppfoljning.reports.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.ekonomiuppfoljning.common.RuleViolationException;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.followup.Figures;
import se.ekonomiuppfoljning.followup.FollowUpRow;
import se.ekonomiuppfoljning.followup.FollowUpService;
import se.ekonomiuppfoljning.followup.FollowUpTable;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.DocumentFormat;
import se.ekonomiuppfoljning.reports.RenderedDocument;
import se.ekonomiuppfoljning.reports.ReportDocument;
import se.ekonomiuppfoljning.reports.ReportTemplate;
import se.ekonomiuppfoljning.reports.ReportTemplateRepository;
import se.ekonomiuppfoljning.reports.TjansteskrivelseService;
import se.ekonomiuppfoljning.reports.cases.FigureChange.Column;
import se.ekonomiuppfoljning.security.CurrentUser;

/**
 * A case's documents: its tjänsteskrivelse (frozen once sent, else built from the live figures), the protokollsutdrag
 * of each decision, and what changed in the live figures since the case was frozen. Everyone with the case's node in
 * scope reads them; the live figures are read in the caller's scope.
 */
public class CaseDocumentService {

    private final OrganisationRepository organisations;
    private final CaseRepository cases;
    private final TjansteskrivelseService documents;
    private final ReportTemplateRepository templates;
    private final FollowUpService followUp;
    private final CaseAccess access;

    public CaseDocumentService(
            OrganisationRepository organisations,
            FigureRepository figures,
            CaseRepository cases,
            TjansteskrivelseService documents,
            ReportTemplateRepository templates,
            CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.cases = cases;
        this.documents = documents;
        this.templates = templates;
        this.followUp = new FollowUpService(organisations, figures, currentUser, clock);
        this.access = new CaseAccess(organisations, cases, currentUser);
    }

    /** The case's tjänsteskrivelse: from the frozen snapshot once sent, else built from the live figures. */
    public ReportDocument document(long id) {
        ReportCase reportCase = access.readable(id);
        Optional<FrozenReport> frozen = reportCase.frozen() ? cases.frozen(id) : Optional.empty();
        if (frozen.isPresent()) {
            return frozen.get().document();
        }
        return documents
                .content(reportCase.node(), reportCase.period(), reportCase.details())
                .toDocument();
    }

    public RenderedDocument tjansteskrivelse(long id, DocumentFormat format) {
        return documents.render(document(id), format);
    }

    /** The protokollsutdrag of the organ's decision on the case, as a file. */
    public RenderedDocument protokollsutdrag(long id, Organ organ, DocumentFormat format) {
        ReportCase reportCase = access.readable(id);
        ReportTemplate template = templates.load();
        Decision decision = reportCase
                .decision(organ)
                .orElseThrow(() -> new RuleViolationException(
                        CaseProblem.NO_DECISION,
                        CaseAccess.title(reportCase),
                        CaseAccess.inText(template.text(organ.nameKey()))));
        FrozenReport frozen = cases.frozen(id)
                .orElseThrow(() -> new IllegalStateException("case " + id + " has a decision but no frozen report"));
        ReportDocument excerpt = ProtokollsutdragBuilder.build(
                template, organisations.load().require(reportCase.node()), reportCase, decision, frozen);
        return documents.render(excerpt, format);
    }

    /**
     * The figures that moved since the case was frozen, per listed unit and the total, in the frozen report's
     * order (then units listed only now); none for a draft. The live figures are read in the caller's scope.
     */
    public List<FigureChange> changes(long id) {
        ReportCase reportCase = access.readable(id);
        Optional<FrozenReport> frozen = reportCase.frozen() ? cases.frozen(id) : Optional.empty();
        if (frozen.isEmpty()) {
            return List.of();
        }
        FollowUpTable table = followUp.table(reportCase.node(), reportCase.period());
        Map<Optional<UnitCode>, FrozenReport.Row> live = new LinkedHashMap<>();
        for (FollowUpRow row : table.rows()) {
            live.put(
                    Optional.of(row.unit().code()),
                    new FrozenReport.Row(row.unit().code(), row.unit().name(), row.figures()));
        }
        List<FigureChange> changes = new ArrayList<>();
        for (FrozenReport.Row was : frozen.get().rows()) {
            Figures now;
            if (was.unit() == null) {
                now = table.total() == null ? Figures.ZERO : table.total();
            } else {
                FrozenReport.Row row = live.remove(Optional.of(was.unit()));
                now = row == null ? Figures.ZERO : row.figures();
            }
            compare(was.name(), was.figures(), now, changes);
        }
        live.values().forEach(row -> compare(row.name(), Figures.ZERO, row.figures(), changes));
        return changes;
    }

    private static void compare(String unit, Figures was, Figures now, List<FigureChange> changes) {
        Map<Column, Function<Figures, BigDecimal>> columns = new EnumMap<>(Column.class);
        columns.put(Column.MONTH_BUDGET, Figures::monthBudget);
        columns.put(Column.MONTH_ACTUAL, Figures::monthActual);
        columns.put(Column.ANNUAL_BUDGET, Figures::annualBudget);
        columns.put(Column.YTD_BUDGET, Figures::ytdBudget);
        columns.put(Column.YTD_ACTUAL, Figures::ytdActual);
        columns.forEach((column, value) -> {
            if (value.apply(was).compareTo(value.apply(now)) != 0) {
                changes.add(new FigureChange(unit, column, value.apply(was), value.apply(now)));
            }
        });
    }
}
