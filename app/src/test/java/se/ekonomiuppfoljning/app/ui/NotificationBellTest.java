package se.ekonomiuppfoljning.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.QuestionService;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.notifications.NotificationService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.ui.cycle.MonthlyReportView;
import se.ekonomiuppfoljning.ui.followup.FollowUpView;

/**
 * The bell in the header: its count in words, the list with unread marked in text, an entry opening its page and
 * marking it read, "Markera alla som lästa". Överförmyndarvht's September and October are used by no other test.
 */
class NotificationBellTest extends KaribuTest {

    private static final UnitCode OVERFORMYNDAR = UnitCode.of("1150");
    private static final Period SEPTEMBER = new Period(2026, 9);
    private static final Period OCTOBER = new Period(2026, 10);

    @Autowired
    NotificationService notifications;

    @Autowired
    QuestionService questions;

    @Autowired
    MonthlyReportService reports;

    private static Button bell() {
        return _get(Button.class, spec -> spec.withId("notifications-bell"));
    }

    private static String bellLabel() {
        return bell().getElement().getAttribute("aria-label");
    }

    /** The dialog's entries as "state|text". */
    private static List<String> entries() {
        return _find(ListItem.class, spec -> spec.withClasses("portal-notification")).stream()
                .map(item -> _get(item, Span.class, spec -> spec.withClasses("portal-notification-state"))
                                .getText()
                        + "|"
                        + _get(item, Button.class, spec -> spec.withClasses("portal-notification-open"))
                                .getText())
                .toList();
    }

    private static void openPage() {
        UI.getCurrent().navigate(FollowUpView.class);
    }

    private long askedAndAnswered(Period period, String text) {
        login("politiker");
        long id = questions.ask(OVERFORMYNDAR, period, text).id();
        login("overformyndare");
        questions.answer(id, "Svar på " + text);
        return id;
    }

    @Test
    void the_politicians_bell_counts_the_answer_lists_it_unread_and_opens_the_month_marking_it_read() {
        login("politiker");
        notifications.markAllRead();
        askedAndAnswered(SEPTEMBER, "Varför ökar arvodena?");

        login("politiker");
        openPage();
        assertThat(bellLabel()).isEqualTo("Aviseringar, 1 olästa");
        assertThat(bell().getText()).isEqualTo("1");

        _click(bell());
        assertThat(_get(Dialog.class, spec -> spec.withId("notifications-dialog"))
                        .isOpened())
                .isTrue();
        String text = "har svarat på din fråga om Överförmyndarvht, september 2026.";
        assertThat(entries()).anyMatch(e -> e.startsWith("Oläst|") && e.endsWith(text));

        Button entry = _find(Button.class, spec -> spec.withClasses("portal-notification-open")).stream()
                .filter(b -> b.getText().endsWith(text))
                .findFirst()
                .orElseThrow();
        _click(entry);
        assertThat(_get(MonthlyReportView.class).getPageTitle()).startsWith("Månadsrapport: Överförmyndarvht");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("rapport/1150/2026-09");
        assertThat(bellLabel()).isEqualTo("Aviseringar, inga olästa");
        assertThat(bell().getText()).isEmpty();

        _click(bell());
        assertThat(entries()).anyMatch(e -> e.startsWith("Läst|") && e.endsWith(text));
    }

    @Test
    void the_chief_sees_the_month_sent_back_marks_all_read_and_the_politician_never_sees_it() {
        login("overformyndare");
        notifications.markAllRead();
        long version = reports.report(OVERFORMYNDAR, OCTOBER).report().version();
        var saved = reports.save(
                OVERFORMYNDAR,
                OCTOBER,
                new ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "Enligt plan.", "Analys.", null),
                version);
        var ready = reports.markReady(OVERFORMYNDAR, OCTOBER, saved.version());
        login("kommundirektor");
        reports.sendBack(OVERFORMYNDAR, OCTOBER, "Komplettera analysen.", ready.version());

        login("overformyndare");
        openPage();
        assertThat(bellLabel()).isEqualTo("Aviseringar, 1 olästa");
        _click(bell());
        String text = "har skickat tillbaka månadsrapporten för Överförmyndarvht, oktober 2026.";
        assertThat(entries()).anyMatch(e -> e.startsWith("Oläst|") && e.endsWith(text));

        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all")));
        assertThat(bellLabel()).isEqualTo("Aviseringar, inga olästa");
        assertThat(entries()).isNotEmpty().allMatch(e -> e.startsWith("Läst|"));

        // Nobody else's bell lists it: not the politician's, not another unit's chief's.
        for (String other : List.of("politiker", "itchef")) {
            login(other);
            assertThat(notifications.mine())
                    .as(other)
                    .noneMatch(n -> n.unit() != null
                            && n.unit().equals(OVERFORMYNDAR)
                            && OCTOBER.equals(n.period())
                            && n.kind() == se.ekonomiuppfoljning.notifications.NotificationKind.MONTH_SENT_BACK);
        }
    }
}
