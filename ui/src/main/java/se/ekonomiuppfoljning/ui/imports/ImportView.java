package se.ekonomiuppfoljning.ui.imports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.util.unit.DataSize;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.imports.BudgetVersionService;
import se.ekonomiuppfoljning.imports.ImportException;
import se.ekonomiuppfoljning.imports.ImportHistoryService;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.ImportPreview;
import se.ekonomiuppfoljning.imports.ImportProblem;
import se.ekonomiuppfoljning.imports.ImportProblemCode;
import se.ekonomiuppfoljning.imports.ImportRecord;
import se.ekonomiuppfoljning.imports.LedgerImportService;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.imports.OrganisationPreview;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.Failures;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * "Import": upload a ledger file, see what it holds beside what the portal holds now, then save it whole or
 * cancel. Nothing is saved before "Spara importen"; a refused file shows every problem with file, line and
 * field. Below, the import history with undo.
 */
@Route(value = "import", layout = MainLayout.class)
@RolesAllowed({Role.Names.EKONOM, Role.Names.ADMIN})
@Menu(title = "nav.import", order = 2, icon = "vaadin:upload")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    private final LedgerImportService ledger;
    private final OrganisationImportService organisationImport;
    private final ImportHistoryService importHistory;
    private final Select<ImportKind> kind = new Select<>();
    private final LimitedUpload buffer;
    private final Upload upload;
    private final Div result = new Div();
    private final Grid<ImportRecord> history = new Grid<>();
    private final BudgetVersionsSection budgetVersions;
    private final Clock clock;
    private final BackgroundWork work;

    ImportView(
            LedgerImportService ledger,
            OrganisationImportService organisationImport,
            ImportHistoryService importHistory,
            BudgetVersionService budgetVersionService,
            Clock clock,
            @Qualifier("importExecutor") TaskExecutor executor,
            @Value("${uppfoljning.import.max-size:300MB}") DataSize maxSize) {
        this.ledger = ledger;
        this.organisationImport = organisationImport;
        this.importHistory = importHistory;
        this.buffer = new LimitedUpload(maxSize.toBytes());
        this.upload = new Upload(buffer);
        this.clock = clock;
        this.work = new BackgroundWork(executor);
        this.budgetVersions = new BudgetVersionsSection(budgetVersionService, Year.now(clock), TIME);
        add(new H2(getTranslation("import.title")));
        add(new Paragraph(getTranslation("import.intro")));

        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(ImportKind.SIE);
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this));
        upload.addSucceededListener(e -> {
            upload.clearFileList(); // the preview names the file; the next file can be chosen at once
            preview(e.getFileName());
        });
        upload.addFileRejectedListener(e -> showProblemTexts(List.of(inFile("", e.getErrorMessage()))));
        // the browser refuses a larger file before sending it; the receiver stops one that is sent anyway
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, buffer.maxBytes()));
        upload.addFailedListener(e -> {
            buffer.discard();
            upload.clearFileList();
            showProblemTexts(List.of(inFile(
                    e.getFileName(),
                    LimitedUpload.tooLarge(e.getReason())
                            ? getTranslation("import.upload.tooLarge", buffer.maxBytes() / (1024 * 1024))
                            : getTranslation("import.upload.failed"))));
        });
        addDetachListener(e -> buffer.discard()); // the user left: the uploaded file goes too
        add(new HorizontalLayout(kind), upload);
        // Only an economist writes figures or the organisation; an administrator reads the history (the service
        // decides)
        boolean mayImport = ledger.mayImport();
        kind.setVisible(mayImport);
        upload.setVisible(mayImport);
        if (!mayImport) {
            Paragraph readOnly = new Paragraph(getTranslation("import.readOnly"));
            readOnly.setId("import-read-only");
            readOnly.addClassName("portal-message");
            add(readOnly);
        }

        result.setId("import-result");
        result.setWidthFull();
        add(result);

        add(new H3(getTranslation("import.history")));
        history.setId("import-history");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.addColumn(r -> TIME.format(r.at()))
                .setHeader(getTranslation("import.col.at"))
                .setAutoWidth(true);
        history.addColumn(ImportRecord::username)
                .setHeader(getTranslation("import.col.user"))
                .setAutoWidth(true);
        history.addColumn(ImportRecord::fileName)
                .setHeader(getTranslation("import.col.file"))
                .setAutoWidth(true);
        history.addColumn(r -> getTranslation("import.kind." + r.kind().name()))
                .setHeader(getTranslation("import.kind"))
                .setAutoWidth(true);
        history.addColumn(r -> ImportPeriods.text(this, r.periods()))
                .setHeader(getTranslation("import.col.periods"))
                .setAutoWidth(true);
        history.addColumn(ImportRecord::rows)
                .setHeader(getTranslation("import.col.rows"))
                .setTextAlign(ColumnTextAlign.END);
        history.addColumn(r -> r.undone() ? getTranslation("import.undone") : r.result())
                .setHeader(getTranslation("import.col.result"));
        history.addColumn(r -> r.sha256().substring(0, Math.min(12, r.sha256().length())))
                .setHeader(getTranslation("import.col.sha"))
                .setTooltipGenerator(ImportRecord::sha256);
        history.addComponentColumn(r -> {
                    Button undo = new Button(getTranslation("import.undo"), e -> undo(r));
                    undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    undo.setEnabled(mayImport && !r.undone());
                    return undo;
                })
                .setHeader("")
                .setKey("undo");
        ExportColumns<ImportRecord> historyColumns = new ExportColumns<ImportRecord>()
                .dateTime(getTranslation("import.col.at"), r -> LocalDateTime.ofInstant(r.at(), TIME.getZone()))
                .text(getTranslation("import.col.user"), ImportRecord::username)
                .text(getTranslation("import.col.file"), ImportRecord::fileName)
                .text(
                        getTranslation("import.kind"),
                        r -> getTranslation("import.kind." + r.kind().name()))
                .text(getTranslation("import.col.periods"), r -> ImportPeriods.text(this, r.periods()))
                .number(getTranslation("import.col.rows"), ImportRecord::rows)
                .text(
                        getTranslation("import.col.result"),
                        r -> r.undone() ? getTranslation("import.undone") : r.result())
                .text(getTranslation("import.col.sha"), ImportRecord::sha256);
        add(
                ExportLinks.forGrid(
                        history,
                        historyColumns,
                        ExportLinks.fileName("importer"),
                        getTranslation("import.history"),
                        getTranslation("import.history")),
                history);
        history.setItems(importHistory.history());
        add(budgetVersions);
    }

    private void preview(String fileName) {
        result.removeAll();
        ImportKind chosen = Optional.ofNullable(kind.getValue()).orElse(ImportKind.SIE);
        if (chosen == ImportKind.ORGANISATION_CSV) {
            try (InputStream in = buffer.open()) {
                showOrganisationPreview(organisationImport.previewOrganisation(fileName, in));
            } catch (ImportException e) {
                showProblems(e.problems());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        long size = Math.max(1, buffer.size());
        ProgressBar bar = progress(getTranslation("import.reading", fileName), size);
        BackgroundWork.Throttle throttle = new BackgroundWork.Throttle();
        UI ui = UI.getCurrent();
        upload.setVisible(false);
        work.run(
                ui,
                () -> {
                    try (InputStream in = buffer.open()) {
                        return ledger.preview(fileName, chosen, in, bytes -> {
                            if (throttle.due()) {
                                ui.access(() -> bar.setValue(Math.min(bytes, size)));
                            }
                        });
                    }
                },
                preview -> {
                    upload.setVisible(true);
                    result.removeAll();
                    showPreview(preview);
                },
                this::failed);
    }

    private ProgressBar progress(String text, double max) {
        result.removeAll();
        Paragraph label = new Paragraph(text);
        label.setId("import-working");
        ProgressBar bar = new ProgressBar(0, max);
        bar.setId("import-progress");
        bar.getElement().setAttribute("aria-label", text);
        result.add(label, bar);
        return bar;
    }

    private void failed(Exception e) {
        upload.setVisible(true);
        if (e instanceof ImportException refused) {
            showProblems(refused.problems());
        } else {
            // A rule's problem or a refusal in the bundles' words; anything else by the logged reference only,
            // never the exception's own text (it may hold SQL or a table's name).
            String text = Failures.known(e, getLocale())
                    .orElseGet(() -> Failures.unexpectedText(Failures.logUnexpected(e), getLocale()));
            showProblemTexts(List.of(inFile("", getTranslation("import.failed", text))));
        }
    }

    private void showPreview(ImportPreview preview) {
        var file = preview.file();
        result.add(new H3(getTranslation("import.preview", file.fileName())));
        UnorderedList facts = new UnorderedList();
        facts.setId("import-facts");
        if (file.companyName() != null) {
            facts.add(new ListItem(getTranslation(
                    "import.company",
                    file.companyName(),
                    file.organisationNumber() == null ? "–" : file.organisationNumber())));
        }
        facts.add(new ListItem(getTranslation("import.periods", ImportPeriods.months(this, preview.periods()))));
        if (preview.budgetYear() != null) {
            facts.add(new ListItem(getTranslation("import.budgetYear", preview.budgetYear())));
        }
        facts.add(new ListItem(getTranslation(
                "import.rows",
                file.rows(),
                file.units().size(),
                file.accountCodes().size())));
        facts.add(new ListItem(getTranslation("import.sha", file.sha256())));
        result.add(facts);
        addWarnings(file.warnings());
        Grid<ImportPreview.UnitComparison> units = new Grid<>();
        units.setId("import-units");
        units.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        units.setAllRowsVisible(true);
        units.addColumn(u -> u.unit().value())
                .setHeader(getTranslation("import.col.unit"))
                .setAutoWidth(true);
        units.addColumn(u -> u.name() + (u.known() ? "" : " (" + getTranslation("import.new") + ")"))
                .setHeader(getTranslation("import.col.name"))
                .setAutoWidth(true);
        units.addColumn(u -> SwedishFormat.tkr(u.fileActual()))
                .setHeader(getTranslation("import.col.fileActual"))
                .setTextAlign(ColumnTextAlign.END);
        units.addColumn(u -> SwedishFormat.tkr(u.currentActual()))
                .setHeader(getTranslation("import.col.currentActual"))
                .setTextAlign(ColumnTextAlign.END);
        units.addColumn(u -> SwedishFormat.tkr(u.fileBudget()))
                .setHeader(getTranslation("import.col.fileBudget"))
                .setTextAlign(ColumnTextAlign.END);
        units.addColumn(u -> SwedishFormat.tkr(u.currentBudget()))
                .setHeader(getTranslation("import.col.currentBudget"))
                .setTextAlign(ColumnTextAlign.END);
        units.setItems(preview.units());
        ExportColumns<ImportPreview.UnitComparison> columns = new ExportColumns<ImportPreview.UnitComparison>()
                .text(getTranslation("import.col.unit"), u -> u.unit().value())
                .text(
                        getTranslation("import.col.name"),
                        u -> u.name() + (u.known() ? "" : " (" + getTranslation("import.new") + ")"))
                .amount(getTranslation("import.col.fileActual"), ImportPreview.UnitComparison::fileActual)
                .amount(getTranslation("import.col.currentActual"), ImportPreview.UnitComparison::currentActual)
                .amount(getTranslation("import.col.fileBudget"), ImportPreview.UnitComparison::fileBudget)
                .amount(getTranslation("import.col.currentBudget"), ImportPreview.UnitComparison::currentBudget);
        result.add(
                ExportLinks.forGrid(
                        units,
                        columns,
                        ExportLinks.fileName(
                                "forhandsgranskning", file.fileName().replaceFirst("\\.[^.]*$", "")),
                        getTranslation("export.import.previewSheet"),
                        getTranslation("import.preview", file.fileName()) + " (" + getTranslation("export.tkr") + ")"),
                units);
        result.add(new AccountsPreview(preview.accounts()));

        Map<UnitCode, ComboBox<Unit>> placements = new HashMap<>();
        if (preview.needsPlacement()) {
            result.add(new H3(getTranslation("import.unknown")));
            List<Unit> parents = ledger.placementParents();
            for (ImportPreview.UnknownUnit unknown : preview.unknownUnits()) {
                String code = unknown.code().value();
                String unit = unknown.name().equals(code) ? code : code + " " + unknown.name();
                ComboBox<Unit> parent = new ComboBox<>(
                        unknown.line() > 0
                                ? getTranslation("import.placeUnderAtLine", unit, String.valueOf(unknown.line()))
                                : getTranslation("import.placeUnder", unit));
                parent.setItems(parents);
                parent.setItemLabelGenerator(u -> u.code().value() + " " + u.name());
                parent.setWidth("28em");
                placements.put(unknown.code(), parent);
                result.add(parent);
            }
        }
        addSaveOrCancel(() -> confirm(preview, placements));
    }

    private void addWarnings(List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        result.add(new H3(getTranslation("import.warnings")));
        UnorderedList warnings = new UnorderedList();
        warnings.setId("import-warnings");
        problems.forEach(w -> warnings.add(new ListItem(text(w))));
        result.add(warnings);
    }

    /** Spara runs the save; Avbryt drops the preview and saves nothing. */
    private void addSaveOrCancel(Runnable save) {
        Button saveButton = new Button(getTranslation("import.save"), e -> save.run());
        saveButton.setId("import-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("import.cancel"), e -> {
            result.removeAll();
            result.add(message(getTranslation("import.cancelled")));
        });
        cancel.setId("import-cancel");
        result.add(new HorizontalLayout(saveButton, cancel));
    }

    /** The organisation file's effect, unit by unit, before anything is saved; Spara saves it, Avbryt nothing. */
    private void showOrganisationPreview(OrganisationPreview preview) {
        result.add(new H3(getTranslation("import.preview", preview.fileName())));
        Paragraph counts = new Paragraph(getTranslation(
                "import.organisationCounts",
                preview.fileUnits().size(),
                preview.created(),
                preview.changed(),
                preview.unchanged()));
        counts.setId("import-organisation-counts");
        result.add(counts);
        if (!organisationImport.mayChangeWholeOrganisation()) {
            Paragraph scope = new Paragraph(getTranslation("import.organisationScope"));
            scope.setId("import-organisation-scope");
            result.add(scope);
        }
        addWarnings(preview.warnings());
        Grid<OrganisationPreview.Change> changes = new Grid<>();
        changes.setId("import-organisation");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        changes.setAllRowsVisible(true);
        changes.addColumn(c -> c.code().value())
                .setHeader(getTranslation("import.col.unit"))
                .setAutoWidth(true);
        changes.addColumn(OrganisationPreview.Change::name)
                .setHeader(getTranslation("import.col.name"))
                .setAutoWidth(true);
        changes.addColumn(this::changeText)
                .setHeader(getTranslation("import.col.change"))
                .setFlexGrow(1);
        changes.setItems(preview.changes());
        ExportColumns<OrganisationPreview.Change> columns = new ExportColumns<OrganisationPreview.Change>()
                .text(getTranslation("import.col.unit"), c -> c.code().value())
                .text(getTranslation("import.col.name"), OrganisationPreview.Change::name)
                .text(getTranslation("import.col.change"), this::changeText);
        result.add(
                ExportLinks.forGrid(
                        changes,
                        columns,
                        ExportLinks.fileName("organisation", preview.fileName().replaceFirst("\\.[^.]*$", "")),
                        getTranslation("export.import.previewSheet"),
                        getTranslation("import.preview", preview.fileName())),
                changes);
        addSaveOrCancel(() -> {
            try {
                OrganisationImportService.OrganisationImportResult saved =
                        organisationImport.confirmOrganisation(preview);
                result.removeAll();
                result.add(message(
                        getTranslation("import.organisationSaved", saved.units(), saved.created(), saved.updated())));
                saved.warnings().forEach(w -> result.add(new Paragraph(text(w))));
            } catch (ImportException refused) {
                showProblems(refused.problems());
            }
        });
    }

    private String changeText(OrganisationPreview.Change change) {
        return switch (change.kind()) {
            case NEW -> getTranslation("import.organisation.new");
            case UNCHANGED -> getTranslation("import.organisation.unchanged");
            case CHANGED -> change.differences().stream().map(Problems::text).collect(Collectors.joining("; "));
        };
    }

    private void confirm(ImportPreview preview, Map<UnitCode, ComboBox<Unit>> placements) {
        Map<UnitCode, UnitCode> chosen = new HashMap<>();
        placements.forEach((code, box) -> {
            if (box.getValue() != null) {
                chosen.put(code, box.getValue().code());
            }
        });
        ProgressBar bar =
                progress(getTranslation("import.saving", preview.file().fileName()), 1);
        bar.setIndeterminate(true);
        work.run(
                UI.getCurrent(),
                () -> ledger.confirm(preview, chosen),
                saved -> {
                    result.removeAll();
                    result.add(message(getTranslation(
                            "import.saved",
                            saved.fileName(),
                            saved.rows(),
                            ImportPeriods.text(this, saved.periods()))));
                    history.setItems(importHistory.history());
                    if (preview.budgetYear() != null) {
                        budgetVersions.show(preview.budgetYear()); // the version the import just kept
                    } else {
                        budgetVersions.refresh();
                    }
                },
                this::failed);
    }

    private void undo(ImportRecord record) {
        try {
            importHistory.undo(record.id());
            result.removeAll();
            result.add(message(getTranslation("import.undoneMessage", record.fileName())));
        } catch (ImportException e) {
            showProblems(e.problems());
        }
        refreshHistory();
    }

    private void showProblems(List<ImportProblem> problems) {
        showProblemTexts(problems.stream().map(ImportView::text).toList());
    }

    /** A problem with its file, line and field, in the page's language. */
    private static String text(ImportProblem problem) {
        return Problems.text(problem.located());
    }

    /** A refusal the page found itself (the upload), worded as a file's problem is. */
    private static String inFile(String fileName, String text) {
        return Problems.text(Problem.of(ImportProblemCode.IN_FILE, fileName, text));
    }

    private void showProblemTexts(List<String> problems) {
        result.removeAll();
        Paragraph heading = message(getTranslation("import.refused", problems.size()));
        heading.addClassName("portal-error");
        result.add(heading);
        UnorderedList list = new UnorderedList();
        list.setId("import-problems");
        problems.forEach(p -> list.add(new ListItem(p)));
        result.add(list);
    }

    private static Paragraph message(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("import-message");
        p.addClassName("portal-message");
        return p;
    }

    private void refreshHistory() {
        history.setItems(importHistory.history());
        budgetVersions.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " – " + getTranslation("app.title");
    }
}
