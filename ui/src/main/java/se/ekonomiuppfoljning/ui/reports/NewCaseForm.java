package se.ekonomiuppfoljning.ui.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.common.PlainText;
import se.ekonomiuppfoljning.followup.FollowUpOverview;
import se.ekonomiuppfoljning.followup.FollowUpOverview.NodeOption;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.CaseDetails;
import se.ekonomiuppfoljning.ui.a11y.Accessibility;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;

/**
 * A new case: node and period (required, bound with a {@link Binder}), diarienummer and heading (optional: the
 * service fills in the defaults and checks the number against the kommun's pattern). A {@link CreateEvent} carries
 * what to create; an {@link InvalidEvent} says a required choice is missing.
 */
class NewCaseForm extends VerticalLayout {

    /** The form bean. */
    static final class Values {
        private @Nullable NodeOption node;
        private @Nullable Period period;
        private String caseNumber = "";
        private String title = "";

        @Nullable
        NodeOption getNode() {
            return node;
        }

        void setNode(@Nullable NodeOption node) {
            this.node = node;
        }

        @Nullable
        Period getPeriod() {
            return period;
        }

        void setPeriod(@Nullable Period period) {
            this.period = period;
        }

        String getCaseNumber() {
            return caseNumber;
        }

        void setCaseNumber(@Nullable String caseNumber) {
            this.caseNumber = caseNumber == null ? "" : caseNumber;
        }

        String getTitle() {
            return title;
        }

        void setTitle(@Nullable String title) {
            this.title = title == null ? "" : title;
        }
    }

    private final Binder<Values> binder = new Binder<>();
    private final Paragraph notApproved = new Paragraph();
    private final BiFunction<UnitCode, Period, List<Unit>> monthsNotApproved;

    /**
     * @param caseNumberPattern the kommun's diarienummer pattern, shown as help; empty when there is none
     * @param monthsNotApproved the units of a node whose month for a period is not approved, named under the form
     */
    NewCaseForm(
            FollowUpOverview overview,
            String caseNumberPattern,
            BiFunction<UnitCode, Period, List<Unit>> monthsNotApproved) {
        this.monthsNotApproved = monthsNotApproved;
        setPadding(false);
        ComboBox<NodeOption> node = new ComboBox<>(getTranslation("case.node"));
        node.setId("case-new-node");
        node.setItems(overview.nodes());
        node.setItemLabelGenerator(NodeOption::name);
        Select<Period> period = new Select<>();
        period.setLabel(getTranslation("case.period"));
        period.setId("case-new-period");
        period.setItems(new ArrayList<>(overview.periods()));
        period.setItemLabelGenerator(p -> PeriodLabels.full(p, getLocale()));
        TextField caseNumber = new TextField(getTranslation("case.caseNumber"));
        caseNumber.setId("case-new-number");
        caseNumber.setMaxLength(PlainText.MAX_SHORT_LENGTH);
        caseNumber.setHelperText(
                caseNumberPattern.isEmpty()
                        ? getTranslation("memo.caseNumber.helper")
                        : getTranslation("case.caseNumber.pattern", caseNumberPattern));
        TextField title = new TextField(getTranslation("case.heading"));
        title.setId("case-new-title");
        title.setMaxLength(PlainText.MAX_SHORT_LENGTH);
        title.setWidth("28em");
        title.setHelperText(getTranslation("case.heading.helper"));

        binder.forField(node).asRequired(getTranslation("case.node.required")).bind(Values::getNode, Values::setNode);
        binder.forField(period)
                .asRequired(getTranslation("case.period.required"))
                .bind(Values::getPeriod, Values::setPeriod);
        Accessibility.requiredSelect(period);
        binder.forField(caseNumber).bind(Values::getCaseNumber, Values::setCaseNumber);
        binder.forField(title).bind(Values::getTitle, Values::setTitle);
        Values start = new Values();
        overview.defaultNodeCode()
                .flatMap(code -> overview.nodes().stream()
                        .filter(o -> o.code().equals(code))
                        .findFirst())
                .ifPresent(start::setNode);
        start.setPeriod(overview.defaultPeriod());
        binder.readBean(start);

        Button create = new Button(getTranslation("case.create"), e -> create());
        create.setId("case-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout fields = new HorizontalLayout(node, period, caseNumber, title, create);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        notApproved.setId("case-new-not-approved");
        notApproved.addClassName("portal-message");
        add(new H3(getTranslation("case.new")), fields, notApproved);
        node.addValueChangeListener(e -> showNotApproved(e.getValue(), period.getValue()));
        period.addValueChangeListener(e -> showNotApproved(node.getValue(), e.getValue()));
        showNotApproved(node.getValue(), period.getValue());
    }

    /** Names the units whose month is not approved; hidden when all are (or nothing is chosen). */
    private void showNotApproved(@Nullable NodeOption node, @Nullable Period period) {
        List<Unit> units = node == null || period == null ? List.of() : monthsNotApproved.apply(node.code(), period);
        notApproved.setText(notApprovedText(this, units));
        notApproved.setVisible(!units.isEmpty());
    }

    /** "Månader som inte är godkända: HR-avdelning, IT." in the component's language. */
    static String notApprovedText(Component component, List<Unit> units) {
        return component.getTranslation(
                "case.notApproved",
                String.join(", ", units.stream().map(Unit::name).toList()));
    }

    private void create() {
        Values values = new Values();
        NodeOption node = binder.writeBeanIfValid(values) ? values.getNode() : null;
        Period period = values.getPeriod();
        if (node == null || period == null) {
            fireEvent(new InvalidEvent(this));
            return;
        }
        fireEvent(new CreateEvent(
                this,
                node.code(),
                period,
                CaseDetails.blank().withCaseNumber(values.getCaseNumber()).withTitle(values.getTitle())));
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    Registration addInvalidListener(ComponentEventListener<InvalidEvent> listener) {
        return addListener(InvalidEvent.class, listener);
    }

    /** The case to create: its node, period and what was filled in. */
    static final class CreateEvent extends ComponentEvent<NewCaseForm> {
        private final UnitCode node;
        private final Period period;
        private final CaseDetails details;

        CreateEvent(NewCaseForm source, UnitCode node, Period period, CaseDetails details) {
            super(source, false);
            this.node = node;
            this.period = period;
            this.details = details;
        }

        UnitCode node() {
            return node;
        }

        Period period() {
            return period;
        }

        CaseDetails details() {
            return details;
        }
    }

    /** A required choice is missing; the fields show which. */
    static final class InvalidEvent extends ComponentEvent<NewCaseForm> {
        InvalidEvent(NewCaseForm source) {
            super(source, false);
        }
    }
}
