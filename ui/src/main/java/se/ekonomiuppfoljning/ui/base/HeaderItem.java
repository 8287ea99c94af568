package se.ekonomiuppfoljning.ui.base;

import com.vaadin.flow.component.Component;

/**
 * A part a feature adds to the header beside the user's name (the notification bell, {@code ui.notifications}): a
 * Spring bean, asked for a new component for each layout, so the header needs no dependency on the feature.
 */
public interface HeaderItem {

    Component create();
}
