package se.ekonomiuppfoljning.reports;

/**
 * One text of the template as the kommun sees it: its key, the default from the resource, the text in force and
 * whether the kommun has its own.
 */
public record TemplateText(String key, String defaultText, String text, boolean overridden) {}
