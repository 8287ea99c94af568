package se.ekonomiuppfoljning.ui.notifications;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import se.ekonomiuppfoljning.notifications.NotificationService;
import se.ekonomiuppfoljning.ui.base.HeaderItem;

/** Puts the bell into every page's header. */
@SpringComponent
class NotificationBellItem implements HeaderItem {

    private final NotificationService notifications;

    NotificationBellItem(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications);
    }
}
