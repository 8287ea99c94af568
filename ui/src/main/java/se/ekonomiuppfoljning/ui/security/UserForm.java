package se.ekonomiuppfoljning.ui.security;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.common.Problem;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.Organisation;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.NewUser;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.SecurityProblem;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAdministrationService;
import se.ekonomiuppfoljning.security.UserChanges;
import se.ekonomiuppfoljning.security.Usernames;
import se.ekonomiuppfoljning.ui.base.OrganisationPickers;
import se.ekonomiuppfoljning.ui.base.ShowsProblems;

/**
 * A user as the administrator edits them, bound with a {@link Binder}: for a new user the user name and the initial
 * password, and for every user the name, the e-mail address (empty for none), the roles, the units picked from the
 * organisation tree (listed in its order, indented by depth) and the committees. It fires typed events: a
 * {@link CreateEvent}, a {@link SaveEvent}, a {@link DisableEvent} or an {@link EnableEvent}; the view calls the
 * service, which checks everything again, and {@link #refused} shows its reason at the field it concerns.
 */
class UserForm extends VerticalLayout implements ShowsProblems {

    /** The form bean: the values as typed and picked. */
    static final class Values {
        private String username = "";
        private String displayName = "";
        private String email = "";
        private String password = "";
        private Set<Role> roles = new HashSet<>();
        private Set<UnitCode> units = new HashSet<>();
        private Set<CommitteeCode> committees = new HashSet<>();

        String getUsername() {
            return username;
        }

        void setUsername(@Nullable String username) {
            this.username = username == null ? "" : username;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(@Nullable String displayName) {
            this.displayName = displayName == null ? "" : displayName;
        }

        String getEmail() {
            return email;
        }

        void setEmail(@Nullable String email) {
            this.email = email == null ? "" : email;
        }

        String getPassword() {
            return password;
        }

        void setPassword(@Nullable String password) {
            this.password = password == null ? "" : password;
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
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final TextField email = new TextField();
    private final PasswordField password = new PasswordField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final MultiSelectComboBox<UnitCode> units;
    private final MultiSelectComboBox<CommitteeCode> committees;
    private final Paragraph state = new Paragraph();
    private final Button save = new Button();
    private final Button disable = new Button();
    private final Button enable = new Button();
    private final Paragraph message = new Paragraph();
    private final Binder<Values> binder = new Binder<>();
    private @Nullable UserAccount user;
    private boolean creating;

    UserForm(Organisation organisation) {
        units = OrganisationPickers.units(organisation);
        committees = OrganisationPickers.committees(organisation);
        setPadding(false);
        title.setId("users-form-title");
        username.setId("users-username");
        username.setLabel(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.usernameHelp"));
        username.setMaxLength(Usernames.MAX_LENGTH);
        displayName.setId("users-name");
        displayName.setLabel(getTranslation("users.name"));
        displayName.setMaxLength(UserAdministrationService.MAX_DISPLAY_NAME_LENGTH);
        displayName.setWidth("24em");
        email.setId("users-email");
        email.setLabel(getTranslation("users.email"));
        email.setHelperText(getTranslation("users.emailHelp"));
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        email.setWidth("24em");
        password.setId("users-password");
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.passwordHelp", UserAdministrationService.MIN_PASSWORD_LENGTH));
        password.setWidth("24em");
        roles.setId("users-roles");
        roles.setLabel(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        units.setId("users-units");
        units.setLabel(getTranslation("users.units"));
        units.setHelperText(getTranslation("users.unitsHelp"));
        committees.setId("users-committees");
        committees.setLabel(getTranslation("users.committees"));
        committees.setHelperText(getTranslation("users.committeesHelp"));
        binder.forField(username)
                .withValidator(
                        typed -> !creating || !Usernames.canonical(typed).isEmpty(),
                        getTranslation("users.usernameRequired"))
                .bind(Values::getUsername, Values::setUsername);
        binder.forField(displayName)
                .asRequired(getTranslation("users.nameRequired"))
                .bind(Values::getDisplayName, Values::setDisplayName);
        binder.forField(email).withNullRepresentation("").bind(Values::getEmail, Values::setEmail);
        binder.forField(password)
                .withValidator(
                        typed -> !creating || typed.length() >= UserAdministrationService.MIN_PASSWORD_LENGTH,
                        getTranslation("users.passwordTooShort", UserAdministrationService.MIN_PASSWORD_LENGTH))
                .bind(Values::getPassword, Values::setPassword);
        binder.forField(roles).bind(Values::getRoles, Values::setRoles);
        binder.forField(units).bind(Values::getUnits, Values::setUnits);
        binder.forField(committees).bind(Values::getCommittees, Values::setCommittees);
        state.setId("users-state");
        message.setId("users-message");
        message.addClassName("portal-message");
        save.setText(getTranslation("users.save"));
        save.setId("users-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        disable.setText(getTranslation("users.disable"));
        disable.setId("users-disable");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.addClickListener(e -> {
            UserAccount current = user;
            if (current != null) {
                fireEvent(new DisableEvent(this, current));
            }
        });
        enable.setText(getTranslation("users.enable"));
        enable.setId("users-enable");
        enable.addClickListener(e -> {
            UserAccount current = user;
            if (current != null) {
                fireEvent(new EnableEvent(this, current));
            }
        });
        HorizontalLayout names = new HorizontalLayout(username, displayName, email, password);
        names.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        names.setWrap(true);
        HorizontalLayout buttons = new HorizontalLayout(save, disable, enable);
        add(title, state, names, roles, units, committees, buttons, message);
        setVisible(false);
    }

    /** Shows the form for a user chosen in the list, or hides it when none is chosen. */
    void edit(@Nullable UserAccount chosen) {
        user = chosen;
        creating = false;
        clearMarks();
        setVisible(chosen != null);
        Values values = new Values();
        if (chosen != null) {
            title.setText(getTranslation("users.userTitle", chosen.displayName(), chosen.username()));
            state.setText(getTranslation(chosen.enabled() ? "users.state.enabled" : "users.state.disabled"));
            EmailAddress address = chosen.email();
            values.setDisplayName(chosen.displayName());
            values.setEmail(address == null ? "" : address.value());
            values.setRoles(chosen.roles());
            values.setUnits(chosen.units());
            values.setCommittees(chosen.committees());
            disable.setVisible(chosen.enabled());
            enable.setVisible(!chosen.enabled());
        }
        username.setVisible(false);
        password.setVisible(false);
        binder.readBean(values);
    }

    /** Shows an empty form for a new local user. */
    void create() {
        user = null;
        creating = true;
        clearMarks();
        setVisible(true);
        title.setText(getTranslation("users.createTitle"));
        state.setText("");
        username.setVisible(true);
        password.setVisible(true);
        disable.setVisible(false);
        enable.setVisible(false);
        binder.readBean(new Values());
    }

    /** After a change: the outcome in the form's message line. */
    void saved(String text) {
        clearMarks();
        message.setText(text);
    }

    /** The service refused: its reason at the field it concerns, and in the message line. */
    void refused(Problem problem, String reason) {
        clearMarks();
        HasValidation field = null;
        if (problem.code() instanceof SecurityProblem code) {
            field = switch (code) {
                case EMAIL_INVALID -> email;
                case USERNAME_INVALID, USERNAME_TAKEN -> username;
                case PASSWORD_TOO_SHORT, PASSWORD_IS_USERNAME -> password;
                case DISPLAY_NAME_INVALID -> displayName;
                case UNKNOWN_UNIT -> units;
                case UNKNOWN_COMMITTEE -> committees;
                case LAST_ADMINISTRATOR -> roles;
                default -> null;
            };
        }
        if (field != null) {
            field.setErrorMessage(reason);
            field.setInvalid(true);
        }
        message.setText(reason);
    }

    @Override
    public void showProblem(String text) {
        message.setText(text);
    }

    private void clearMarks() {
        message.setText("");
        for (HasValidation field :
                List.<HasValidation>of(username, displayName, email, password, roles, units, committees)) {
            field.setInvalid(false);
        }
    }

    private void save() {
        Values values = new Values();
        if (!binder.writeBeanIfValid(values)) {
            return;
        }
        Set<Role> chosenRoles = values.getRoles().isEmpty() ? Set.of() : EnumSet.copyOf(values.getRoles());
        if (creating) {
            fireEvent(new CreateEvent(
                    this,
                    new NewUser(
                            values.getUsername(),
                            values.getDisplayName(),
                            values.getEmail(),
                            values.getPassword(),
                            chosenRoles,
                            values.getUnits(),
                            values.getCommittees())));
            return;
        }
        UserAccount current = user;
        if (current != null) {
            fireEvent(new SaveEvent(
                    this,
                    current,
                    new UserChanges(
                            values.getDisplayName(),
                            values.getEmail(),
                            chosenRoles,
                            values.getUnits(),
                            values.getCommittees())));
        }
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addDisableListener(ComponentEventListener<DisableEvent> listener) {
        return addListener(DisableEvent.class, listener);
    }

    Registration addEnableListener(ComponentEventListener<EnableEvent> listener) {
        return addListener(EnableEvent.class, listener);
    }

    /** A new local user to create. */
    static final class CreateEvent extends ComponentEvent<UserForm> {
        private final NewUser user;

        CreateEvent(UserForm source, NewUser user) {
            super(source, false);
            this.user = user;
        }

        NewUser user() {
            return user;
        }
    }

    /** The changes to save for an existing user. */
    static final class SaveEvent extends ComponentEvent<UserForm> {
        private final UserAccount user;
        private final UserChanges changes;

        SaveEvent(UserForm source, UserAccount user, UserChanges changes) {
            super(source, false);
            this.user = user;
            this.changes = changes;
        }

        UserAccount user() {
            return user;
        }

        UserChanges changes() {
            return changes;
        }
    }

    /** The user to disable. */
    static final class DisableEvent extends ComponentEvent<UserForm> {
        private final UserAccount user;

        DisableEvent(UserForm source, UserAccount user) {
            super(source, false);
            this.user = user;
        }

        UserAccount user() {
            return user;
        }
    }

    /** The user to enable again. */
    static final class EnableEvent extends ComponentEvent<UserForm> {
        private final UserAccount user;

        EnableEvent(UserForm source, UserAccount user) {
            super(source, false);
            this.user = user;
        }

        UserAccount user() {
            return user;
        }
    }
}
