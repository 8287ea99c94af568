package se.ekonomiuppfoljning.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every fixed phrase and default text of the generated documents, by key: headings, labels, the frame
 * sentences, the default förslag till beslut and the texts of the seed's sections. The defaults are the
 * resource {@code tjansteskrivelse.properties} beside this class (UTF-8); a kommun's own texts override them
 * key by key ({@link #withOverrides(Map)}).
 * <p>
 * A text may name placeholders in braces, e.g. {@code {månad}}; {@link #format(String, Map)} replaces them in one
 * pass, inserting the values literally (a value is never read as a template), and leaves unknown ones as they are.
 */
public final class ReportTemplate {

    /** The resource of the defaults, beside this class. */
    public static final String DEFAULTS_RESOURCE = "tjansteskrivelse.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]+)}");

    private final Map<String, String> texts;

    private ReportTemplate(Map<String, String> texts) {
        this.texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /** The defaults from the resource. */
    public static ReportTemplate defaults() {
        return Defaults.TEMPLATE;
    }

    /** The template read from properties in UTF-8. */
    public static ReportTemplate read(InputStream properties) {
        Properties loaded = new Properties();
        try (InputStreamReader reader = new InputStreamReader(properties, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("the report template could not be read", e);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        loaded.stringPropertyNames().stream().sorted().forEach(k -> texts.put(k, loaded.getProperty(k)));
        return new ReportTemplate(texts);
    }

    /**
     * This template with some texts replaced (a kommun's own); keys this template does not know are ignored, so that
     * a stored override of a removed phrase cannot break a document.
     */
    public ReportTemplate withOverrides(Map<String, String> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(texts);
        overrides.forEach((key, text) -> {
            if (merged.containsKey(key)) {
                merged.put(key, text);
            }
        });
        return new ReportTemplate(merged);
    }

    /** The keys, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(texts.keySet());
    }

    /** The text of a key, placeholders unreplaced. */
    public String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("the report template has no text " + key);
        }
        return text;
    }

    /** The text of a key with its placeholders replaced. */
    public String format(String key, Map<String, String> values) {
        return fill(text(key), values);
    }

    /** Replaces the placeholders of {@code text} in one pass; values are inserted literally. */
    public static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 32);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public Map<String, String> asMap() {
        return texts;
    }

    /** Loaded once: the defaults never change while the application runs. */
    private static final class Defaults {
        static final ReportTemplate TEMPLATE = load();

        private static ReportTemplate load() {
            InputStream in = ReportTemplate.class.getResourceAsStream(DEFAULTS_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("the resource " + DEFAULTS_RESOURCE + " is missing");
            }
            return read(in);
        }
    }
}
