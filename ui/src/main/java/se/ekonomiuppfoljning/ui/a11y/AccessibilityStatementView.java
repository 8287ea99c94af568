package se.ekonomiuppfoljning.ui.a11y;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import se.ekonomiuppfoljning.ui.base.MainLayout;

/**
 * The accessibility statement (Tillgänglighetsredogörelse) that lagen (2018:1937) om tillgänglighet till digital
 * offentlig service asks of every public-sector site, intranets included: the standard, what is known not to meet
 * it, how to report a problem (the contact address is configuration, {@code uppfoljning.accessibility.contact}),
 * the supervising authority and the date of the last review ({@code uppfoljning.accessibility.reviewed}). Open
 * to everybody, without logging in, so it is outside the portal's frame (which shows the logged-in user).
 */
@Route(value = MainLayout.ACCESSIBILITY_ROUTE, autoLayout = false)
@AnonymousAllowed
@StyleSheet(MainLayout.STYLESHEET)
public class AccessibilityStatementView extends Main implements HasDynamicTitle {

    /** The known shortcomings, in the order the statement lists them; each a bundle key under {@code a11y.known.}. */
    static final String[] KNOWN = {"documents", "reflow", "timeout", "screenReaders"};

    AccessibilityStatementView(
            @Value("${uppfoljning.accessibility.contact:tillganglighet@kommun.example}") String contact,
            @Value("${uppfoljning.accessibility.reviewed:2026-12-03}") LocalDate reviewed) {
        addClassName("portal-statement");
        setId("accessibility-statement");
        add(new H1(getTranslation("a11y.title")));
        add(paragraph("a11y-intro", getTranslation("a11y.intro")));

        add(new H2(getTranslation("a11y.compliance.heading")));
        add(paragraph("a11y-compliance", getTranslation("a11y.compliance.text")));

        add(new H2(getTranslation("a11y.known.heading")));
        UnorderedList known = new UnorderedList();
        known.setId("a11y-known");
        for (String key : KNOWN) {
            known.add(new ListItem(getTranslation("a11y.known." + key)));
        }
        add(known);

        add(new H2(getTranslation("a11y.report.heading")));
        Paragraph report = paragraph("a11y-report", getTranslation("a11y.report.text") + " ");
        Anchor mail = new Anchor("mailto:" + contact, contact);
        mail.setId("a11y-contact");
        report.add(mail);
        report.add(new Span("."));
        add(report);

        add(new H2(getTranslation("a11y.supervision.heading")));
        add(paragraph("a11y-supervision", getTranslation("a11y.supervision.text")));

        add(new H2(getTranslation("a11y.method.heading")));
        add(paragraph("a11y-method", getTranslation("a11y.method.text")));
        add(paragraph("a11y-reviewed", getTranslation("a11y.reviewed", reviewed.toString())));

        Anchor back = new Anchor(".", getTranslation("a11y.back"));
        back.setId("a11y-back");
        add(back);
    }

    private static Paragraph paragraph(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " – " + getTranslation("app.title");
    }
}
