package se.ekonomiuppfoljning.reports;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    void saveOverride(String key, @Nullable String text, String username, Instant at);
}
