package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.util.function.Function;
import se.ekonomiuppfoljning.actions.ActionView;
import se.ekonomiuppfoljning.actions.DecisionReference;
import se.ekonomiuppfoljning.common.SwedishFormat;
import se.ekonomiuppfoljning.export.ExportColumns;
import se.ekonomiuppfoljning.ui.export.ExportLinks;

/**
 * Åtgärder in a grid with the columns a page chooses, each exported as it is shown: the month's åtgärder (all
 * columns, editable through {@link ActionsPanel}) and the overdue ones in Mina uppgifter (read only, with the unit).
 */
class ActionGrid extends Grid<ActionView> {

    /** The columns a page may choose, in the order it lists them. */
    enum Field {
        UNIT,
        WHAT,
        CAUSE,
        RESPONSIBLE,
        DUE,
        EFFECT,
        LEVEL,
        STATUS
    }

    /** The keys of the decision's columns, shown beside the level. */
    static final String DECISION_ORGAN = "DECISION_ORGAN";

    static final String DECISION_DATE = "DECISION_DATE";
    static final String DECISION_PARAGRAPH = "DECISION_PARAGRAPH";

    private final ExportColumns<ActionView> exported = new ExportColumns<>();

    ActionGrid(String id, Field... fields) {
        setId(id);
        setAllRowsVisible(true);
        for (Field field : fields) {
            add(field);
        }
    }

    private void add(Field field) {
        switch (field) {
            case UNIT -> {
                column(field, v -> v.action().unit().value(), "tasks.unit").setAutoWidth(true);
                exported.text(
                        getTranslation("tasks.unit"), v -> v.action().unit().value());
            }
            case WHAT -> {
                column(field, v -> v.action().what(), "actions.what").setFlexGrow(2);
                exported.text(getTranslation("actions.what"), v -> v.action().what());
            }
            case CAUSE -> {
                column(field, v -> v.action().cause(), "actions.cause").setFlexGrow(2);
                exported.text(getTranslation("actions.cause"), v -> v.action().cause());
            }
            case RESPONSIBLE -> {
                column(field, v -> v.action().responsible(), "actions.responsible")
                        .setAutoWidth(true);
                exported.text(
                        getTranslation("actions.responsible"), v -> v.action().responsible());
            }
            case DUE -> {
                column(field, v -> v.action().dueDate().toString(), "actions.due")
                        .setAutoWidth(true);
                exported.date(getTranslation("actions.due"), v -> v.action().dueDate());
            }
            case EFFECT -> {
                column(field, v -> SwedishFormat.tkr(v.action().expectedEffect()), "actions.effect")
                        .setTextAlign(ColumnTextAlign.END)
                        .setAutoWidth(true);
                exported.amount(
                        getTranslation("actions.effect"), v -> v.action().expectedEffect());
            }
            case LEVEL -> {
                column(field, this::level, "actions.level").setAutoWidth(true);
                exported.text(getTranslation("actions.level"), this::level);
                decisionColumns();
            }
            case STATUS -> {
                column(field, this::status, "actions.status").setAutoWidth(true);
                exported.text(getTranslation("actions.status"), this::status);
            }
        }
    }

    /**
     * Beside the level, where a political åtgärd was decided: the organ, the meeting's date and the § (empty until
     * its decision is recorded, through the case's decision or on the åtgärd).
     */
    private void decisionColumns() {
        addColumn(v -> decision(v, d -> d.organ()))
                .setKey(DECISION_ORGAN)
                .setHeader(getTranslation("actions.decision.organ"))
                .setAutoWidth(true);
        addColumn(v -> decision(v, d -> d.date().toString()))
                .setKey(DECISION_DATE)
                .setHeader(getTranslation("actions.decision.date"))
                .setAutoWidth(true);
        addColumn(v -> decision(v, d -> "§ " + d.paragraph()))
                .setKey(DECISION_PARAGRAPH)
                .setHeader(getTranslation("actions.decision.paragraph"))
                .setAutoWidth(true);
        exported.text(getTranslation("actions.decision.organ"), v -> decision(v, d -> d.organ()));
        exported.text(
                getTranslation("actions.decision.date"),
                v -> decision(v, d -> d.date().toString()));
        exported.text(getTranslation("actions.decision.paragraph"), v -> decision(v, d -> "§ " + d.paragraph()));
    }

    private static String decision(ActionView v, Function<DecisionReference, String> part) {
        DecisionReference d = v.action().decision();
        return d == null ? "" : part.apply(d);
    }

    private Column<ActionView> column(Field field, ValueProvider<ActionView, String> value, String headerKey) {
        return addColumn(value).setKey(field.name()).setHeader(getTranslation(headerKey));
    }

    /** The column of a field the grid shows. */
    Column<ActionView> column(Field field) {
        return getColumnByKey(field.name());
    }

    private String level(ActionView v) {
        return getTranslation("actions.level." + v.action().decisionLevel().name());
    }

    private String status(ActionView v) {
        return getTranslation("actions.status." + v.action().status().name())
                + (v.overdue() ? " – " + getTranslation("actions.overdue") : "");
    }

    /** Links to download the rows the grid lists when clicked, by the grid's columns. */
    ExportLinks exportLinks(String fileName, String sheetName, String title) {
        return ExportLinks.forGrid(this, exported, fileName, sheetName, title);
    }
}
