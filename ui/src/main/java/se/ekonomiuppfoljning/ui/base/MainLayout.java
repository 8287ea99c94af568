package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import se.ekonomiuppfoljning.security.OwnAccountService;
import se.ekonomiuppfoljning.security.UserAccount;

/**
 * The frame of every page: the portal's name, the navigation, the user's own account ("Mitt konto"), logout and what features add
 * to the header ({@link HeaderItem}: the notification bell). The navigation lists the views
 * marked {@code @Menu} that the user may open (their titles are translation keys); hiding an entry is only
 * a convenience, the views and services refuse on their own.
 */
@PermitAll
@StyleSheet(MainLayout.STYLESHEET)
public class MainLayout extends AppLayout {

    /** The portal's plain stylesheet over Lumo's custom properties; needs no frontend bundle. */
    public static final String STYLESHEET = "context://styles/portal.css";

    /** The address of the user's own account page ({@code ui.security.MyAccountView}), linked from the header. */
    public static final String MY_ACCOUNT_ROUTE = "mitt-konto";

    /** The accessibility statement ({@code ui.a11y.AccessibilityStatementView}), linked below the menu and from login. */
    public static final String ACCESSIBILITY_ROUTE = "tillganglighet";

    MainLayout(
            AuthenticationContext authentication, OwnAccountService account, ObjectProvider<HeaderItem> headerItems) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("portal-title");

        HorizontalLayout user = new HorizontalLayout();
        user.setAlignItems(FlexComponent.Alignment.CENTER);
        headerItems.orderedStream().forEach(item -> user.add(item.create()));
        Span name = new Span(shownName(account.myAccount()));
        name.setId("user-name");
        user.add(name);
        Anchor link = new Anchor(MY_ACCOUNT_ROUTE, getTranslation("app.myAccount"));
        link.getElement().setAttribute("router-link", true);
        link.setId("my-account");
        user.add(link);
        Button logout =
                new Button(getTranslation("app.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        user.add(logout);
        user.addClassName("portal-user");

        addToNavbar(new DrawerToggle(), title, user);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(
                    entry.icon() == null
                            ? new SideNavItem(getTranslation(entry.title()), entry.path())
                            : new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(entry.icon())));
        }
        addToDrawer(nav);
        addToDrawer(accessibilityLink(getTranslation("a11y.link")));
        setPrimarySection(Section.DRAWER);
    }

    /** The user's name as people know it, the user name where none is recorded. */
    static String shownName(UserAccount user) {
        return user.displayName().isBlank() ? user.username() : user.displayName();
    }

    /** The link to the accessibility statement, below the menu and on the login page. */
    public static Anchor accessibilityLink(String text) {
        Anchor link = new Anchor(ACCESSIBILITY_ROUTE, text);
        link.setId("accessibility-link");
        link.addClassName("portal-accessibility-link");
        return link;
    }
}
