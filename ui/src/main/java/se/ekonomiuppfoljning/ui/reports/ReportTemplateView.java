package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.reports.ReportTemplateService;
import se.ekonomiuppfoljning.reports.TemplateText;
import se.ekonomiuppfoljning.reports.cases.CaseNumberPattern;
import se.ekonomiuppfoljning.reports.cases.CaseNumberService;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.ColumnSet;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.ProblemArea;
import se.ekonomiuppfoljning.ui.base.ShowsProblems;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * "Dokumentmall": the kommun's own texts of the tjänsteskrivelse. Pick a text, change it and save, or put the
 * default back. The service refuses unknown placeholders and says which are allowed.
 */
@Route(value = ReportTemplateView.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.EKONOM})
@Menu(title = "nav.templates", order = 11, icon = "vaadin:file-text")
public class ReportTemplateView extends VerticalLayout implements HasDynamicTitle, ShowsProblems {

    public static final String ROUTE = "dokumentmall";

    private final ReportTemplateService service;
    private final Grid<TemplateText> grid = new Grid<>();
    private final TemplateTextForm form;

    ReportTemplateView(ReportTemplateService service, CaseNumberService cases) {
        this.service = service;
        setSizeFull();
        add(new H2(getTranslation("templates.title")));
        Paragraph intro = new Paragraph(getTranslation(
                "templates.intro",
                "{"
                        + String.join(
                                "}, {",
                                ReportTemplateService.PLACEHOLDERS.stream()
                                        .sorted()
                                        .toList()) + "}"));
        intro.addClassName("portal-caption");
        add(intro);
        // the texts are the whole kommun's: others read them (the service refuses their saves anyway)
        boolean editable = service.mayEdit();
        if (!editable) {
            Paragraph readOnly = new Paragraph(getTranslation("templates.readOnly"));
            readOnly.setId("templates-read-only");
            readOnly.addClassName("portal-message");
            add(readOnly);
        }

        grid.setId("templates-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        ColumnSet<TemplateText> columns = new ColumnSet<TemplateText>(this)
                .text("key", "templates.key", TemplateText::key)
                .grid(c -> c.setFlexGrow(0))
                .text("text", "templates.text", TemplateText::text)
                .grid(c -> c.setAutoWidth(false).setFlexGrow(1))
                .text("own", "templates.ownHeader", t -> t.overridden() ? getTranslation("templates.own") : "")
                .grid(c -> c.setFlexGrow(0));
        columns.addTo(grid);
        grid.setHeight("22em");
        form = new TemplateTextForm(editable);
        grid.asSingleSelect().addValueChangeListener(e -> form.edit(e.getValue()));
        add(
                ExportLinks.forGrid(
                        grid,
                        columns,
                        ExportLinks.fileName("dokumentmall"),
                        getTranslation("nav.templates"),
                        getTranslation("nav.templates")),
                grid);

        form.addSaveListener(e -> save(e.key(), e.text()));
        add(form);
        add(casePattern(cases));
        refresh(null);
    }

    /** The kommun's diarienummer pattern, which the cases' numbers must follow. */
    private VerticalLayout casePattern(CaseNumberService cases) {
        TextField pattern = new TextField(getTranslation("case.pattern"));
        pattern.setId("case-pattern");
        pattern.setValue(cases.caseNumberPattern());
        pattern.setHelperText(getTranslation("case.pattern.helper"));
        pattern.setMaxLength(CaseNumberPattern.MAX_PATTERN_LENGTH);
        pattern.setWidth("24em");
        Paragraph result = new Paragraph();
        result.setId("case-pattern-message");
        result.addClassName("portal-message");
        Button save = new Button(getTranslation("case.pattern.save"), e -> {
            pattern.setValue(cases.saveCaseNumberPattern(pattern.getValue()));
            result.setText(getTranslation("case.pattern.saved"));
        });
        save.setId("case-pattern-save");
        boolean mayEditPattern = cases.mayEditCaseNumberPattern();
        save.setVisible(mayEditPattern);
        pattern.setReadOnly(!mayEditPattern);
        HorizontalLayout row = new HorizontalLayout(pattern, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new ProblemArea(result::setText, new H3(getTranslation("case.pattern")), row, result);
        box.setPadding(false);
        return box;
    }

    private void save(String key, String value) {
        TemplateText saved = service.save(key, value);
        refresh(saved.key());
        form.showMessage(getTranslation(saved.overridden() ? "templates.saved" : "templates.restored"));
    }

    private void refresh(@Nullable String key) {
        List<TemplateText> texts = service.texts();
        grid.setItems(texts);
        TemplateText match = key == null
                ? null
                : texts.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
        if (match != null) {
            grid.select(match);
        } else {
            form.edit(null);
        }
    }

    @Override
    public void showProblem(String text) {
        form.showMessage(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("templates.title") + " – " + getTranslation("app.title");
    }
}
