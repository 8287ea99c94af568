package se.ekonomiuppfoljning.ui.cycle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.Thresholds;
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

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Paragraph message;

    ThresholdsView(MonthlyReportService reports) {
        add(new H2(getTranslation("settings.title")));
        add(new Paragraph(getTranslation("settings.intro")));
        Thresholds current = reports.thresholds();
        BigDecimalField tkr = new BigDecimalField(getTranslation("settings.kronor"));
        tkr.setId("settings-tkr");
        tkr.setValue(current.ytdDeviationKronor().divide(THOUSAND, 0, RoundingMode.HALF_UP));
        BigDecimalField percent = new BigDecimalField(getTranslation("settings.percent"));
        percent.setId("settings-percent");
        percent.setValue(current.ytdDeviationPercent().stripTrailingZeros());
        message = new Paragraph();
        message.setId("settings-message");
        message.addClassName("portal-message");
        Button save = new Button(getTranslation("settings.save"), e -> {
            if (tkr.getValue() == null || percent.getValue() == null) {
                message.setText(getTranslation("settings.missing"));
                return;
            }
            reports.saveThresholds(new Thresholds(
                    tkr.getValue().multiply(THOUSAND).setScale(2, RoundingMode.HALF_UP),
                    percent.getValue().setScale(2, RoundingMode.HALF_UP)));
            message.setText(getTranslation("settings.saved"));
        });
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(tkr, percent, save, message);
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
