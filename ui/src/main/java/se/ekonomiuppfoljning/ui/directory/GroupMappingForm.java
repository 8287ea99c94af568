package se.ekonomiuppfoljning.ui.directory;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.directory.GroupMapping;
import se.ekonomiuppfoljning.directory.GroupName;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.OrganisationPickers;
import se.ekonomiuppfoljning.ui.base.ShowsProblems;

/**
 * One group's mapping as the administrator edits it, bound with a {@link Binder}: the group (DN, group id or app
 * role; fixed once stored, a renamed group is a new mapping), the roles, the units picked from the organisation tree
 * and the committees. It fires a {@link SaveEvent} or a {@link DeleteEvent}; the view calls the service, which checks
 * everything again, and a refusal is worded in this form's message line by the portal's error handler.
 */
class GroupMappingForm extends VerticalLayout implements ShowsProblems {

    /** The form bean: the values as typed and picked. */
    static final class Values {
        private String group = "";
        private Set<Role> roles = new HashSet<>();
        private Set<UnitCode> units = new HashSet<>();
        private Set<CommitteeCode> committees = new HashSet<>();

        String getGroup() {
            return group;
        }

        void setGroup(@Nullable String group) {
            this.group = group == null ? "" : group;
        }

        Set<Role> getRoles() {
            return roles;
        }

        void setRoles(@Nullable Set<Role> roles) {
            this.roles = roles == null ? new HashSet<>() : new HashSet<>(roles);
        }

        Set<UnitCode> getUnits() {
            return units;
        }

        void setUnits(@Nullable Set<UnitCode> units) {
            this.units = units == null ? new HashSet<>() : new HashSet<>(units);
        }

        Set<CommitteeCode> getCommittees() {
            return committees;
        }

        void setCommittees(@Nullable Set<CommitteeCode> committees) {
            this.committees = committees == null ? new HashSet<>() : new HashSet<>(committees);
        }
    }

    private final H3 title = new H3();
    private final TextField group = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final MultiSelectComboBox<UnitCode> units;
    private final MultiSelectComboBox<CommitteeCode> committees;
    private final Button save = new Button();
    private final Button delete = new Button();
    private final Paragraph message = new Paragraph();
    private final Binder<Values> binder = new Binder<>();
    private @Nullable GroupMapping mapping;

    GroupMappingForm(Organisation organisation) {
        setPadding(false);
        title.setId("group-mapping-form-title");
        group.setId("group-mapping-group");
        group.setLabel(getTranslation("groupMappings.group"));
        group.setHelperText(getTranslation("groupMappings.groupHelp"));
        group.setMaxLength(GroupName.MAX_LENGTH);
        group.setWidth("40em");
        roles.setId("group-mapping-roles");
        roles.setLabel(getTranslation("groupMappings.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        units = OrganisationPickers.units(organisation);
        units.setId("group-mapping-units");
        units.setLabel(getTranslation("groupMappings.units"));
        units.setHelperText(getTranslation("groupMappings.unitsHelp"));
        committees = OrganisationPickers.committees(organisation);
        committees.setId("group-mapping-committees");
        committees.setLabel(getTranslation("groupMappings.committees"));
        committees.setHelperText(getTranslation("groupMappings.committeesHelp"));
        binder.forField(group)
                .withValidator(
                        typed -> !GroupName.canonical(typed).isEmpty(), getTranslation("groupMappings.groupRequired"))
                .bind(Values::getGroup, Values::setGroup);
        // a group without a role is refused by the service (GRANTS_NOTHING), worded in the message line
        binder.forField(roles).bind(Values::getRoles, Values::setRoles);
        binder.forField(units).bind(Values::getUnits, Values::setUnits);
        binder.forField(committees).bind(Values::getCommittees, Values::setCommittees);
        message.setId("group-mapping-message");
        message.addClassName("portal-message");
        save.setText(getTranslation("groupMappings.save"));
        save.setId("group-mapping-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        delete.setText(getTranslation("groupMappings.delete"));
        delete.setId("group-mapping-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            GroupMapping current = mapping;
            if (current != null) {
                fireEvent(new DeleteEvent(this, current));
            }
        });
        add(title, group, roles, units, committees, new HorizontalLayout(save, delete), message);
        setVisible(false);
    }

    /** Shows the form for a stored mapping, or hides it when none is chosen. */
    void edit(@Nullable GroupMapping chosen) {
        mapping = chosen;
        message.setText("");
        setVisible(chosen != null);
        Values values = new Values();
        if (chosen != null) {
            title.setText(getTranslation("groupMappings.editTitle", chosen.group()));
            values.setGroup(chosen.group());
            values.setRoles(chosen.roles());
            values.setUnits(chosen.units());
            values.setCommittees(chosen.committees());
        }
        group.setReadOnly(true);
        delete.setVisible(chosen != null);
        binder.readBean(values);
    }

    /** Shows an empty form for a new group. */
    void create() {
        mapping = null;
        message.setText("");
        setVisible(true);
        title.setText(getTranslation("groupMappings.createTitle"));
        group.setReadOnly(false);
        delete.setVisible(false);
        binder.readBean(new Values());
    }

    /** After a change: the outcome in the form's message line. */
    void saved(String text) {
        message.setText(text);
    }

    @Override
    public void showProblem(String text) {
        message.setText(text);
    }

    private void save() {
        Values values = new Values();
        message.setText("");
        if (!binder.writeBeanIfValid(values)) {
            return;
        }
        fireEvent(new SaveEvent(
                this,
                new GroupMapping(values.getGroup(), values.getRoles(), values.getUnits(), values.getCommittees())));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    /** The mapping to store, replacing the group's earlier one. */
    static final class SaveEvent extends ComponentEvent<GroupMappingForm> {
        private final GroupMapping mapping;

        SaveEvent(GroupMappingForm source, GroupMapping mapping) {
            super(source, false);
            this.mapping = mapping;
        }

        GroupMapping mapping() {
            return mapping;
        }
    }

    /** The stored mapping to remove (after the administrator confirms). */
    static final class DeleteEvent extends ComponentEvent<GroupMappingForm> {
        private final GroupMapping mapping;

        DeleteEvent(GroupMappingForm source, GroupMapping mapping) {
            super(source, false);
            this.mapping = mapping;
        }

        GroupMapping mapping() {
            return mapping;
        }
    }
}
