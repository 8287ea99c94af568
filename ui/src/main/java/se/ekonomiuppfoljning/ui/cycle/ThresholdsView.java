package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.ui.base.MainLayout;
import se.ekonomiuppfoljning.ui.base.ShowsProblems;

/**
 * "Inställningar": the thresholds that make an analysis mandatory (a deviation to date below −X tkr or −Y % of
 * the budget to date; a negative forecast deviation always does). Administrators only; the service checks too.
 */
@Route(value = "installningar", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.settings", order = 10, icon = "vaadin:cog")
public class ThresholdsView extends VerticalLayout implements HasDynamicTitle, ShowsProblems {

    private final Paragraph message;

    ThresholdsView(MonthlyReportService reports) {
        add(new H2(getTranslation("settings.title")));
        add(new Paragraph(getTranslation("settings.intro")));
        message = new Paragraph();
        message.setId("settings-message");
        message.addClassName("portal-message");
        ThresholdsForm form = new ThresholdsForm(reports.thresholds());
        form.addInvalidListener(e -> message.setText(getTranslation("settings.missing")));
        form.addSaveListener(e -> {
            reports.saveThresholds(e.thresholds());
            message.setText(getTranslation("settings.saved"));
        });
        add(form, message);
    }

    @Override
    public void showProblem(String text) {
        message.setText(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " – " + getTranslation("app.title");
    }
}
