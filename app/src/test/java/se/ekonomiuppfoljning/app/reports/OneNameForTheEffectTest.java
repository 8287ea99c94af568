package se.ekonomiuppfoljning.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.reports.ReportTemplate;

/** The åtgärd's expected effect has one name on the pages, in the audit trail and in the documents. */
class OneNameForTheEffectTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OneNameForTheEffectTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theGridTheFormTheAuditTrailAndTheTjansteskrivelseCallItForvantadEffektIAr() throws IOException {
        Properties swedish = bundle("translations.properties");
        Properties english = bundle("translations_en.properties");

        assertThat(swedish.getProperty("actions.effect")).isEqualTo("Förväntad effekt i år (tkr)");
        assertThat(swedish.getProperty("actions.effectInput")).isEqualTo("Förväntad effekt i år (tkr)");
        assertThat(swedish.getProperty("audit.field.expectedEffect")).isEqualTo("Förväntad effekt i år");
        assertThat(ReportTemplate.defaults().text("actions.effect")).isEqualTo("Förväntad effekt i år (tkr)");
        assertThat(english.getProperty("actions.effect")).isEqualTo(english.getProperty("actions.effectInput"));
    }
}
