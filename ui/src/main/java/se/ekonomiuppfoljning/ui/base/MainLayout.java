package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import se.ekonomiuppfoljning.ui.followup.FollowUpView;
import se.ekonomiuppfoljning.ui.security.UsersView;

/** The frame of every page: the portal's name, the navigation (only what the user may open) and logout. */
@PermitAll
@StyleSheet("context://styles/portal.css")
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, AccessAnnotationChecker access) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("portal-title");

        HorizontalLayout user = new HorizontalLayout();
        user.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication.getPrincipalName().ifPresent(name -> user.add(new Span(name)));
        Button logout = new Button(getTranslation("app.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        user.add(logout);
        user.addClassName("portal-user");

        addToNavbar(new DrawerToggle(), title, user);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(new SideNavItem(getTranslation("nav.followup"), FollowUpView.class, VaadinIcon.TABLE.create()));
        if (access.hasAccess(UsersView.class)) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class, VaadinIcon.USERS.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
