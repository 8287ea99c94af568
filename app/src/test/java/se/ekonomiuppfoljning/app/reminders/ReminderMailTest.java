package se.ekonomiuppfoljning.app.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.ekonomiuppfoljning.actions.ActionDraft;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.app.PortalTest;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.CycleAccess;
import se.ekonomiuppfoljning.cycle.DeadlineService;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reminders.ReminderRun;

/**
 * The reminders end to end: a deadline set by the ekonomichef, the scheduled job run by hand, the messages read
 * back from the GreenMail server that {@code spring.mail.*} points at. Its own period (January 2024, nobody else's)
 * keeps it apart from the other tests; the demo users' addresses are those of the demo data.
 */
@PortalTest
class ReminderMailTest {

    /** A period no other test touches: no figures, so every unit's month is "ej påbörjad". */
    private static final Period PERIOD = new Period(2024, 1);

    @Autowired
    ReminderJob job;

    @Autowired
    GreenMail greenMail;

    @Autowired
    DeadlineService deadlines;

    @Autowired
    ActionService actions;

    @Autowired
    Clock clock;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private static <T> T as(String username, Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The received messages of this test's period (another test may set a deadline near today too). */
    private List<MimeMessage> received() {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).contains(CycleAccess.monthName(PERIOD)))
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage to(List<MimeMessage> messages, String address) {
        return messages.stream()
                .filter(m -> recipient(m).equals(address))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message to " + address));
    }

    private static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void three_days_before_the_deadline_the_job_mails_each_chief_once_what_is_missing() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = today.plusDays(3);
        as(
                "controller",
                () -> { // the whole kommun's economist (issue 10: a kommun-wide setting)
                    deadlines.setDeadline(PERIOD, deadline);
                    return null;
                });
        // An åtgärd of Kost och lokalvård past its due date: its chief (the kommundirektör) is reminded of it.
        as(
                "kommundirektor",
                () -> actions.create(
                        UnitCode.of("2130"),
                        PERIOD,
                        new ActionDraft(
                                "Byt leverantör av livsmedel",
                                "Dyrare råvaror",
                                "Lena Kock",
                                today.minusDays(1),
                                new BigDecimal("25000"),
                                null,
                                null,
                                null)));

        ReminderRun first = job.sendDueReminders().orElseThrow();

        List<MimeMessage> messages = received();
        assertThat(messages)
                .extracting(ReminderMailTest::recipient)
                .containsExactlyInAnyOrder(
                        "eva.lind@kommun.example",
                        "per.ek@kommun.example",
                        "lena.holm@kommun.example",
                        "johan.ornberg@kommun.example");
        assertThat(first.sent())
                .extracting(k -> k.username())
                .contains("overformyndare", "itchef", "hrchef", "kommundirektor");

        MimeMessage toEva = to(messages, "eva.lind@kommun.example");
        assertThat(toEva.getSubject())
                .isEqualTo("Påminnelse: månadsrapport januari 2024, sista dag "
                        + deadline.format(java.time.format.DateTimeFormatter.ofPattern(
                                "d MMMM yyyy", java.util.Locale.forLanguageTag("sv-SE"))));
        assertThat(((InternetAddress) toEva.getAllRecipients()[0]).getPersonal())
                .isEqualTo("Eva Lind");
        assertThat(((InternetAddress) toEva.getFrom()[0]).getPersonal()).isEqualTo("Ekonomiuppföljning");
        assertThat(toEva.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(toEva.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(body(toEva))
                .startsWith("Hej Eva Lind!\n\nSista dag för månadsrapporterna för januari 2024 är ")
                .contains(
                        "(om 3 dagar)",
                        "Det här återstår för din enhet (1):\n- 1150 Överförmyndarvht: ej påbörjad\n"
                                + "  http://localhost:8080/rapport/1150/2024-01\n",
                        "http://localhost:8080/uppgifter");

        assertThat(body(to(messages, "per.ek@kommun.example")))
                .contains("- 1120 IT: ej påbörjad\n")
                .doesNotContain("1150");
        String toJohan = body(to(messages, "johan.ornberg@kommun.example"));
        assertThat(toJohan)
                .contains(
                        "- KLS Kommunledningsstaben: ej påbörjad",
                        "- 2130 Kost och lokalvård: ej påbörjad",
                        "Försenade åtgärder",
                        "- 2130 Kost och lokalvård: Byt leverantör av livsmedel\n  Ansvarig: Lena Kock. Slutdatum: "
                                + today.minusDays(1) + ". Slutdatumet har passerats.")
                .doesNotContain("- 1150 Överförmyndarvht: ej påbörjad", "- 1120 IT: ej påbörjad");

        // The job again, as a second server or a restarted one would: nothing new.
        ReminderRun second = job.sendDueReminders().orElseThrow();
        assertThat(second.sent()).isEmpty();
        assertThat(second.alreadySent()).isGreaterThanOrEqualTo(4);
        assertThat(received()).hasSize(4);
    }
}
