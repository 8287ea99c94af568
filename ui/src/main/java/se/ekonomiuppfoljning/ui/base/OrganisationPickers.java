package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.Unit;
import se.ekonomiuppfoljning.organisation.UnitCode;

/**
 * The unit and committee pickers of the Användare and Katalogens grupper forms: units listed in the organisation tree's order and
 * indented by depth, committees with their code and name.
 */
public final class OrganisationPickers {

    private OrganisationPickers() {}

    /** Units in the organisation tree's order, indented by depth, labelled with code and name. */
    public static MultiSelectComboBox<UnitCode> units(Organisation organisation) {
        MultiSelectComboBox<UnitCode> units = new MultiSelectComboBox<>();
        units.setItems(organisation.units().stream().map(Unit::code).toList());
        units.setItemLabelGenerator(code -> organisation
                .unit(code)
                .map(u -> "\u00A0\u00A0".repeat(depth(organisation, u)) + u.code() + " " + u.name())
                .orElse(code.value()));
        units.setWidth("32em");
        return units;
    }

    /** Committees labelled with code and name. */
    public static MultiSelectComboBox<CommitteeCode> committees(Organisation organisation) {
        MultiSelectComboBox<CommitteeCode> committees = new MultiSelectComboBox<>();
        committees.setItems(
                organisation.committees().stream().map(Committee::code).toList());
        committees.setItemLabelGenerator(code ->
                organisation.committee(code).map(c -> c.code() + " " + c.name()).orElse(code.value()));
        committees.setWidth("32em");
        return committees;
    }

    private static int depth(Organisation organisation, Unit unit) {
        int depth = 0;
        for (UnitCode parent = unit.parent(); parent != null; ) {
            depth++;
            parent = organisation.unit(parent).map(Unit::parent).orElse(null);
        }
        return depth;
    }
}
