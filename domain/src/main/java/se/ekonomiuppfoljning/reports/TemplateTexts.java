package se.ekonomiuppfoljning.reports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The template's phrases for one document: each key formatted with the document's common placeholder values
 * ({@link PhraseValues}) and, where a phrase needs them, values of its own. Shared by the parts of the
 * tjänsteskrivelse so that every phrase is read the same way.
 */
final class TemplateTexts {

    private final ReportTemplate template;
    private final Map<String, String> values;

    TemplateTexts(ReportTemplate template, Map<String, String> values) {
        this.template = template;
        this.values = new LinkedHashMap<>(values);
    }

    String text(String key) {
        return template.format(key, values);
    }

    /** The phrase with {@code more} placeholder values on top of the document's (they win over a common one). */
    String text(String key, Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.putAll(more);
        return template.format(key, all);
    }
}
