package se.ekonomiuppfoljning.reports;

import java.util.Map;

/**
 * The port to the document template: the defaults ({@link ReportTemplate#defaults()}) with the kommun's own texts
 * over them. {@link DefaultReportTemplates} serves the defaults alone.
 */
public interface ReportTemplateRepository {

    /** The template in force. */
    ReportTemplate load();

    /** The kommun's own texts by key (only the overridden ones). */
    Map<String, String> overrides();

    /** Stores the kommun's own text for a key; {@code null} puts the default back. */
    void saveOverride(
            String key, @org.jspecify.annotations.Nullable String text, String username, java.time.Instant at);
}
