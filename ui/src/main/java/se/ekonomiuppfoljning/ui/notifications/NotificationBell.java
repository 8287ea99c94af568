package se.ekonomiuppfoljning.ui.notifications;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.ekonomiuppfoljning.notifications.Notification;
import se.ekonomiuppfoljning.notifications.NotificationService;
import se.ekonomiuppfoljning.ui.base.PeriodLabels;
import se.ekonomiuppfoljning.ui.cycle.MonthlyReportView;
import se.ekonomiuppfoljning.ui.cycle.TasksView;

/**
 * The bell in the header: a button whose text is the number of unread notifications and whose accessible name says
 * it in words ("Aviseringar, 2 olästa"), opening a dialog that lists them newest first, each marked "Oläst" or
 * "Läst" in text, each a button that marks it read and opens its page, and "Markera alla som lästa". The count is
 * read again after every navigation and whenever the dialog opens; the service decides what is the user's.
 */
public class NotificationBell extends Composite<Div> {

    static final String BELL_ID = "notifications-bell";
    static final String DIALOG_ID = "notifications-dialog";
    static final String MARK_ALL_ID = "notifications-mark-all";
    static final String CLOSE_ID = "notifications-close";
    static final String ITEM_ID_PREFIX = "notification-";

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Dialog dialog = new Dialog();
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private @Nullable Registration navigation;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        bell.setId(BELL_ID);
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.addClassName("portal-bell");
        bell.getElement().setAttribute("aria-haspopup", "dialog");
        bell.addClickListener(e -> open());

        dialog.setId(DIALOG_ID);
        dialog.setHeaderTitle(getTranslation("notifications.title"));
        dialog.getElement().setAttribute("aria-label", getTranslation("notifications.title"));
        list.addClassName("portal-notifications");
        empty.setText(getTranslation("notifications.empty"));
        dialog.add(empty, list);
        Button markAll = new Button(getTranslation("notifications.markAll"), e -> {
            notifications.markAllRead();
            showList(notifications.mine());
        });
        markAll.setId(MARK_ALL_ID);
        Button close = new Button(getTranslation("notifications.close"), e -> dialog.close());
        close.setId(CLOSE_ID);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(markAll, close);

        getContent().add(bell, dialog);
        showCount(notifications.mine());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        navigation = event.getUI().addAfterNavigationListener(e -> showCount(notifications.mine()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (navigation != null) {
            navigation.remove();
            navigation = null;
        }
    }

    private void open() {
        showList(notifications.mine());
        dialog.open();
    }

    private void showCount(List<Notification> mine) {
        long unread = mine.stream().filter(n -> !n.read()).count();
        bell.setText(unread == 0 ? "" : String.valueOf(unread));
        bell.getElement()
                .setAttribute(
                        "aria-label",
                        unread == 0
                                ? getTranslation("notifications.bell.none")
                                : getTranslation("notifications.bell.unread", unread));
        bell.getElement().setAttribute("title", bell.getElement().getAttribute("aria-label"));
        if (unread == 0) {
            bell.removeClassName("portal-bell-unread");
        } else {
            bell.addClassName("portal-bell-unread");
        }
    }

    private void showList(List<Notification> mine) {
        showCount(mine);
        list.removeAll();
        empty.setVisible(mine.isEmpty());
        list.setVisible(!mine.isEmpty());
        int index = 0;
        for (Notification notification : mine) {
            list.add(item(notification, index++));
        }
    }

    private ListItem item(Notification notification, int index) {
        Span state = new Span(getTranslation(notification.read() ? "notifications.read" : "notifications.unread"));
        state.addClassNames(
                "portal-notification-state",
                notification.read() ? "portal-notification-read" : "portal-notification-unread");
        Button open = new Button(text(notification), e -> open(notification));
        open.setId(ITEM_ID_PREFIX + index);
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClassName("portal-notification-open");
        Span when = new Span(WHEN.format(notification.at()));
        when.addClassName("portal-caption");
        ListItem item = new ListItem(state, open, when);
        item.addClassName("portal-notification");
        return item;
    }

    /** The notification in words, from the bundles. */
    String text(Notification notification) {
        return getTranslation(
                "notifications.kind." + notification.kind().name(),
                notification.detail(),
                notification.unitName(),
                notification.period() == null ? "" : PeriodLabels.full(notification.period(), getLocale()),
                notification.deadline() == null ? "" : DAY.format(notification.deadline()),
                notification.count());
    }

    private void open(Notification notification) {
        if (!notification.read()) {
            notifications.markRead(notification.key());
        }
        dialog.close();
        if (notification.opensMonth() && notification.unit() != null && notification.period() != null) {
            UI.getCurrent()
                    .navigate(
                            MonthlyReportView.class,
                            MonthlyReportView.parameters(notification.unit(), notification.period()));
        } else {
            UI.getCurrent().navigate(TasksView.class);
        }
        showCount(notifications.mine());
    }
}
