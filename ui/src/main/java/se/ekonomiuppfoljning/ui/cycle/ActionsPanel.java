package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.actions.ActionDraft;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.cycle.MonthlyReport;
import se.ekonomiuppfoljning.ui.base.Problems;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * The unit's open åtgärder: the grid (a row opens {@link ActionEditor} for whoever may edit the month) and, while the
 * month is editable, a form to add one with the level proposed from the forecast. While the forecast exceeds the
 * annual budget and no political åtgärd answers it, a note says the unit needs one (operational ones are allowed
 * beside it). A change reloads the panel only and fires {@link ChangedEvent}.
 */
class ActionsPanel extends VerticalLayout {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final ActionService actions;
    private final ReportMessage message;
    private final ActionGrid grid = new ActionGrid(
            "actions-grid",
            ActionGrid.Field.WHAT,
            ActionGrid.Field.CAUSE,
            ActionGrid.Field.RESPONSIBLE,
            ActionGrid.Field.DUE,
            ActionGrid.Field.EFFECT,
            ActionGrid.Field.LEVEL,
            ActionGrid.Field.STATUS);
    private final ActionEditor editor;
    private final Div editorHolder = new Div();
    private final Paragraph politicalNeeded = new Paragraph(getTranslation("actions.politicalNeeded"));
    private final TextArea what = new TextArea(getTranslation("actions.what"));
    private final TextArea cause = new TextArea(getTranslation("actions.cause"));
    private final TextField responsible = new TextField(getTranslation("actions.responsible"));
    private final DatePicker due = new DatePicker(getTranslation("actions.due"));
    private final BigDecimalField effect = new BigDecimalField(getTranslation("actions.effectInput"));
    private final Select<DecisionLevel> level = new Select<>();
    private final FormLayout addForm = new FormLayout(what, cause, responsible, due, effect, level);
    private final Button add = new Button(getTranslation("actions.add"), e -> addAction());
    private final Binder<NewAction> binder = new Binder<>();
    private Component exportLinks = new Div(); // the links of the month shown
    private @Nullable MonthlyReport current;

    ActionsPanel(ActionService actions, ReportMessage message) {
        this.actions = actions;
        this.message = message;
        this.editor = new ActionEditor(message);
        setPadding(false);
        setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(e -> {
            boolean open = e.getValue() != null && current != null && current.mayEdit();
            if (open) {
                editor.edit(
                        e.getValue(),
                        actions.mayDecide(e.getValue()),
                        actions.fourEyesRefusal(e.getValue())
                                .map(Problems::text)
                                .orElse(""));
            }
            editorHolder.setVisible(open);
        });
        editor.addSaveListener(e -> message.run(() -> {
            actions.update(
                    e.action().action().id(), e.draft(), e.action().action().version());
            changed(getTranslation("actions.changed"));
        }));
        editorHolder.setWidthFull();
        editorHolder.add(editor);
        editorHolder.setVisible(false);
        what.setId("action-what");
        what.setMaxLength(MonthlyReportForm.MAX_TEXT);
        cause.setId("action-cause");
        cause.setMaxLength(MonthlyReportForm.MAX_TEXT);
        responsible.setId("action-responsible");
        responsible.setMaxLength(200);
        due.setId("action-due");
        effect.setId("action-effect");
        level.setLabel(getTranslation("actions.level"));
        level.setId("action-level");
        level.setItems(DecisionLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("actions.level." + l.name()));
        add.setId("action-add");
        politicalNeeded.setId("actions-political-needed");
        politicalNeeded.setVisible(false);
        bind();
        add(new H3(getTranslation("actions.title")), politicalNeeded, exportLinks, grid, editorHolder, addForm, add);
    }

    private void bind() {
        binder.forField(what).bind(n -> n.what, (n, v) -> n.what = v);
        binder.forField(cause).bind(n -> n.cause, (n, v) -> n.cause = v);
        binder.forField(responsible).bind(n -> n.responsible, (n, v) -> n.responsible = v);
        binder.forField(due).bind(n -> n.due, (n, v) -> n.due = v);
        binder.forField(effect).bind(n -> n.effectTkr, (n, v) -> n.effectTkr = v);
        binder.forField(level).bind(n -> n.level, (n, v) -> n.level = v);
        binder.withValidator(n -> n.due != null && n.effectTkr != null, getTranslation("actions.missing"));
    }

    /** Shows the month's åtgärder as its caller may change them; the add form starts empty. */
    void show(MonthlyReport report) {
        current = report;
        ExportLinks links = grid.exportLinks(
                MonthExport.fileName("atgarder", report),
                getTranslation(
                        "export.report.actionsSheet",
                        report.unit().code().value(),
                        report.period().toString()),
                getTranslation("actions.title") + ", " + MonthExport.title(report, getLocale()));
        replace(exportLinks, links);
        exportLinks = links;
        boolean editable = report.mayEdit() && report.report().state().editable();
        addForm.setVisible(editable);
        add.setVisible(editable);
        refresh();
    }

    /** Reloads the åtgärder and empties the add form; the editor closes. */
    void refresh() {
        MonthlyReport report = current;
        if (report == null) {
            return;
        }
        grid.deselectAll();
        grid.setItems(actions.openActions(report.unit().code()));
        politicalNeeded.setVisible(actions.politicalActionNeeded(report.unit().code(), report.period()));
        if (addForm.isVisible()) {
            binder.readBean(new NewAction(actions.proposedLevel(report.unit().code(), report.period())));
        }
    }

    private void addAction() {
        MonthlyReport report = current;
        if (report == null) {
            return;
        }
        NewAction typed = new NewAction(level.getValue());
        if (!message.write(binder, typed)) {
            return;
        }
        message.run(() -> {
            actions.create(report.unit().code(), report.period(), typed.draft());
            changed(getTranslation("actions.added"));
        });
    }

    private void changed(String text) {
        refresh();
        message.show(text);
        fireEvent(new ChangedEvent(this));
    }

    Registration addChangedListener(ComponentEventListener<ChangedEvent> listener) {
        return addListener(ChangedEvent.class, listener);
    }

    /** An åtgärd of the month was added or changed. */
    static class ChangedEvent extends ComponentEvent<ActionsPanel> {
        ChangedEvent(ActionsPanel source) {
            super(source, false);
        }
    }

    /** What the add form binds; the effect as typed, in tkr. */
    private static final class NewAction {
        private String what = "";
        private String cause = "";
        private String responsible = "";
        private @Nullable LocalDate due;
        private @Nullable BigDecimal effectTkr;
        private @Nullable DecisionLevel level;

        NewAction(@Nullable DecisionLevel level) {
            this.level = level;
        }

        ActionDraft draft() {
            LocalDate dueDate = due;
            BigDecimal effect = effectTkr;
            if (dueDate == null || effect == null) {
                throw new IllegalStateException("validated by the binder");
            }
            return new ActionDraft(
                    what, cause, responsible, dueDate, effect.multiply(THOUSAND), level, ActionStatus.FORESLAGEN, null);
        }
    }
}
