package se.ekonomiuppfoljning.ui.a11y;

import com.vaadin.flow.component.select.Select;

/** Small repairs of Vaadin components where their markup breaks a WCAG 2.1 rule that axe-core checks. */
public final class Accessibility {

    private Accessibility() {}

    /**
     * A required {@link Select}: Vaadin 24.9 writes {@code aria-required} on the select's value button, whose role
     * ({@code button}) does not support it (axe-core: aria-allowed-attr, WCAG 4.1.2). The attribute is taken off
     * the button once the select is on the page; the label's required indicator and the validation message stay.
     */
    public static void requiredSelect(Select<?> select) {
        select.addAttachListener(e -> select.getElement()
                .executeJs("const fix = () => this.querySelectorAll('vaadin-select-value-button[aria-required]')"
                        + ".forEach(b => b.removeAttribute('aria-required'));"
                        + " fix(); setTimeout(fix);"));
    }
}
