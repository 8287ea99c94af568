package se.ekonomiuppfoljning.reports;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** The template port without storage: the defaults, and overrides kept in memory (for tests and tools). */
public final class DefaultReportTemplates implements ReportTemplateRepository {

    private final Map<String, String> overrides = new ConcurrentHashMap<>();

    @Override
    public ReportTemplate load() {
        return ReportTemplate.defaults().withOverrides(overrides);
    }

    @Override
    public Map<String, String> overrides() {
        return Map.copyOf(overrides);
    }

    @Override
    public void saveOverride(String key, @Nullable String text, String username, Instant at) {
        if (text == null) {
            overrides.remove(key);
        } else {
            overrides.put(key, text);
        }
    }
}
