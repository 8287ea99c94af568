package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.ui.reports.TjansteskrivelseView;
import se.ekonomiuppfoljning.ui.security.LoginView;

class TjansteskrivelseViewTest extends KaribuTest {

    private static final String KLS_FEBRUARY = "enhet=KLS&period=2026-02";

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    /** Follows a download link as the browser would: runs its handler and returns what it wrote. */
    @Test
    void the_economist_gets_the_form_with_the_seeds_defaults_and_downloads_both_documents() throws Exception {
        login("ekonomichef");
        navigate(TjansteskrivelseView.ROUTE, KLS_FEBRUARY);

        assertThat(field("report-heading").getValue())
                .isEqualTo("Ekonomisk uppföljning för kommunledningsstaben, februari");
        assertThat(field("report-officer").getValue()).isEqualTo("Martin Bollner");
        assertThat(field("report-chief").getValue()).isEqualTo("Johan Örnberg");
        assertThat(_get(TextArea.class, spec -> spec.withId("report-proposal")).getValue())
                .startsWith("Allmänna utskottet föreslår kommunstyrelsen ta del av");
        assertThat(plain(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("report-summary"))
                        .getElement()
                        .getTextRecursively()))
                .contains(
                        "Budget februari: 3 483",
                        "Budget till och med februari: 6 960",
                        "Procent av budget till och med februari: 96,3 %");
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-frame")).getText())
                .isEqualTo("Den ekonomiska uppföljningen visar att verksamheten bedrivs inom sin budgetram.");

        field("report-case-number").setValue("KS/2026:4");
        _get(DatePicker.class, spec -> spec.withId("report-date")).setValue(LocalDate.of(2026, 3, 2));
        _get(TextArea.class, spec -> spec.withId("report-for-knowledge")).setValue("Revisorerna “KS” <b>");

        String pdf = pdfText(download("report-pdf"));
        assertThat(pdf).contains("KS/2026:4", "2026-03-02", "Revisorerna “KS” <b>");
        assertThat(pdf.replaceAll("\\s", "")).contains("TotaltKLS3483334014395,9%529996960670425696,3%");

        byte[] docx = download("report-docx");
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(plain(extractor.getText()))
                    .contains("KS/2026:4", "Totalt KLS\t3 483\t3 340\t143\t95,9 %\t52 999\t6 960\t6 704\t256\t96,3 %");
        }
    }

    @Test
    void theEconomistSeesWhichUnitsMonthsAreNotApprovedBeforeDownloading() {
        login("ekonomichef");
        navigate(TjansteskrivelseView.ROUTE, KLS_FEBRUARY);

        // HR's February is still a draft in the demo
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-approval")).getText())
                .startsWith("Månaden var inte godkänd för följande enheter när dokumentet togs fram:")
                .contains("HR-avdelning");
    }

    @Test
    void a_politician_of_ks_may_download_the_staffs_document() throws Exception {
        login("politiker");
        navigate(TjansteskrivelseView.ROUTE, KLS_FEBRUARY);

        assertThat(pdfText(download("report-pdf"))).contains("Kommunledningsstaben");
    }

    @Test
    void a_chief_outside_the_node_gets_a_message_and_no_download() {
        login("itchef");
        navigate(TjansteskrivelseView.ROUTE, KLS_FEBRUARY);

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-message")).getText())
                .isEqualTo("Du har inte behörighet till enhet KLS, eller så finns den inte.");
        assertThat(_find(Anchor.class, spec -> spec.withId("report-pdf"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("report-docx"))).isEmpty();
    }

    @Test
    void a_chief_sees_their_own_unit_by_default() throws Exception {
        login("itchef");
        UI.getCurrent().navigate(TjansteskrivelseView.class);

        assertThat(field("report-heading").getValue()).isEqualTo("Ekonomisk uppföljning för IT, februari");
        assertThat(pdfText(download("report-pdf"))).contains("IT");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page_and_the_administrator_is_refused() {
        navigate(TjansteskrivelseView.ROUTE, KLS_FEBRUARY);
        _get(LoginView.class);
        assertThat(_find(TjansteskrivelseView.class)).isEmpty();

        login("admin");
        assertRefused(TjansteskrivelseView.class);
    }
}
