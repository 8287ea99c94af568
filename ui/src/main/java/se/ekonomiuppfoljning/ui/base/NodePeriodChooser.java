package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.followup.FollowUpOverview.NodeOption;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The node (indented as in the tree) and the period a page shows, as the follow-up page offers them: a month
 * ({@link #months}) or another period such as a year. A choice the user makes is handed to {@code onChoice} (the
 * page navigates, so the choice lands in the URL); what the page sets from the URL is not.
 *
 * @param <P> the kind of period
 */
public final class NodePeriodChooser<P> extends HorizontalLayout {

    private final ComboBox<NodeOption> node = new ComboBox<>();
    private final Select<P> period = new Select<>();
    private boolean updating;

    /** A chooser of a node and a month, the month named in full ("februari 2026"). */
    public static NodePeriodChooser<Period> months(
            String nodeLabel, String periodLabel, BiConsumer<@Nullable UnitCode, Period> onChoice) {
        return new NodePeriodChooser<>(nodeLabel, periodLabel, PeriodLabels::full, onChoice);
    }

    /**
     * @param periodName the name of a period in the page's locale
     * @param onChoice the chosen node (null before one is chosen) and period
     */
    public NodePeriodChooser(
            String nodeLabel,
            String periodLabel,
            BiFunction<P, Locale, String> periodName,
            BiConsumer<@Nullable UnitCode, P> onChoice) {
        node.setLabel(nodeLabel);
        node.setItemLabelGenerator(NodeOption::name);
        node.setRenderer(LitRenderer.<NodeOption>of("<span style=\"padding-left: ${item.depth}em\">${item.name}</span>")
                .withProperty("depth", NodeOption::depth)
                .withProperty("name", NodeOption::name));
        node.setWidth("24em");
        // On a phone the chooser wraps and the organisation field narrows to the screen (issue 14).
        node.setMaxWidth("100%");
        period.setLabel(periodLabel);
        period.setItemLabelGenerator(p -> periodName.apply(p, getLocale()));
        node.addValueChangeListener(e -> {
            if (!updating && e.isFromClient() && e.getValue() != null && period.getValue() != null) {
                onChoice.accept(e.getValue().code(), period.getValue());
            }
        });
        period.addValueChangeListener(e -> {
            if (!updating && e.isFromClient() && e.getValue() != null) {
                onChoice.accept(node.getValue() == null ? null : node.getValue().code(), e.getValue());
            }
        });
        add(node, period);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        setMaxWidth("100%");
    }

    public NodePeriodChooser<P> withIds(String nodeId, String periodId) {
        node.setId(nodeId);
        period.setId(periodId);
        return this;
    }

    /** The choices, with {@code chosen} selected (added when the list lacks it) and no node selected yet. */
    public void show(List<NodeOption> nodes, List<P> periods, P chosen) {
        List<P> all = new ArrayList<>(periods);
        if (!all.contains(chosen)) {
            all.add(chosen);
        }
        quietly(() -> {
            node.setItems(nodes);
            period.setItems(all);
            period.setValue(chosen);
            node.setValue(null);
        });
    }

    /** Selects the node the page shows, without treating it as the user's choice. */
    public void selectNode(UnitCode code) {
        quietly(() -> node.getListDataView()
                .getItems()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .ifPresent(node::setValue));
    }

    private void quietly(Runnable change) {
        updating = true;
        try {
            change.run();
        } finally {
            updating = false;
        }
    }
}
