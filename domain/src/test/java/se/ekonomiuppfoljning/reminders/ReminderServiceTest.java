package se.ekonomiuppfoljning.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ekonomiuppfoljning.testdata.SeedKommun.IT;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KLS;
import static se.ekonomiuppfoljning.testdata.SeedKommun.KOMMUN;
import static se.ekonomiuppfoljning.testdata.SeedKommun.OVERFORMYNDAR;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.actions.ActionDraft;
import se.ekonomiuppfoljning.actions.ActionService;
import se.ekonomiuppfoljning.actions.ActionStatus;
import se.ekonomiuppfoljning.actions.DecisionLevel;
import se.ekonomiuppfoljning.actions.OverdueActions;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.cycle.FollowUpStatus;
import se.ekonomiuppfoljning.cycle.MonthlyReportService;
import se.ekonomiuppfoljning.cycle.Progress;
import se.ekonomiuppfoljning.cycle.ReportEdit;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.testdata.FixedOrganisation;
import se.ekonomiuppfoljning.testdata.InMemoryActions;
import se.ekonomiuppfoljning.testdata.InMemoryAuditLog;
import se.ekonomiuppfoljning.testdata.InMemoryDeadlines;
import se.ekonomiuppfoljning.testdata.InMemoryFigures;
import se.ekonomiuppfoljning.testdata.InMemoryMail;
import se.ekonomiuppfoljning.testdata.InMemoryReminderLog;
import se.ekonomiuppfoljning.testdata.InMemoryThresholds;
import se.ekonomiuppfoljning.testdata.InMemoryUnitReports;
import se.ekonomiuppfoljning.testdata.InMemoryUsers;
import se.ekonomiuppfoljning.testdata.SeedKommun;

class ReminderServiceTest {

    static final Period FEBRUARY = new Period(2026, 2);
    static final LocalDate DEADLINE = LocalDate.of(2026, 3, 10);
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final Instant NOW = Instant.parse("2026-03-05T08:00:00Z");
    static final String PORTAL = "https://ekonomi.kommun.example";

    static final UserAccount EVA =
            SeedKommun.chief("eva", OVERFORMYNDAR).withEmail(new EmailAddress("eva.lind@kommun.example"));
    static final UserAccount JOHAN =
            SeedKommun.chief("johan", KOMMUN).withEmail(new EmailAddress("johan@kommun.example"));
    static final UserAccount IVAR = SeedKommun.chief("ivar", IT);
    static final UserAccount MARTIN =
            SeedKommun.economist("martin", KLS).withEmail(new EmailAddress("martin@kommun.example"));

    private final OrganisationRepository organisation = new FixedOrganisation(SeedKommun.organisation());
    private final InMemoryFigures figures = new InMemoryFigures();
    private final InMemoryUnitReports reports = new InMemoryUnitReports();
    private final InMemoryThresholds thresholds = new InMemoryThresholds();
    private final InMemoryActions actions = new InMemoryActions();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryDeadlines deadlines = new InMemoryDeadlines();
    private final InMemoryUsers users = new InMemoryUsers(EVA, JOHAN, IVAR, MARTIN);
    private final InMemoryReminderLog log = new InMemoryReminderLog();
    private final InMemoryMail mail = new InMemoryMail();
    private final AtomicReference<UserAccount> caller = new AtomicReference<>();
    private final Clock clock = Clock.fixed(NOW, STOCKHOLM);
    private final ReminderService service = new ReminderService(
            organisation,
            users,
            deadlines,
            new Progress(figures, reports, thresholds),
            new OverdueActions(actions, 30, STOCKHOLM),
            log,
            mail,
            clock,
            new ReminderSettings(List.of(3, 0), PORTAL + "/"));

    ReminderServiceTest() {
        figures.saveBudget(SeedKommun.budget());
        figures.saveActuals(SeedKommun.actuals());
        deadlines.save(FEBRUARY, DEADLINE);
    }

    private MonthlyReportService reportsAs(UserAccount user) {
        caller.set(user);
        return new MonthlyReportService(organisation, figures, reports, thresholds, audit, caller::get, clock);
    }

    private static String body(List<MailMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.get(0).body();
    }

    @Test
    void three_days_before_the_deadline_each_chief_gets_one_message_listing_their_unfinished_units() {
        ReminderRun run = service.sendDueReminders(LocalDate.of(2026, 3, 7));

        MailMessage toEva = mail.to("eva.lind@kommun.example").get(0);
        assertThat(mail.to("eva.lind@kommun.example")).hasSize(1);
        assertThat(toEva.toName()).isEqualTo("eva");
        assertThat(toEva.subject()).isEqualTo("Påminnelse: månadsrapport februari 2026, sista dag 10 mars 2026");
        assertThat(toEva.body()).isEqualTo("""
                Hej eva!

                Sista dag för månadsrapporterna för februari 2026 är tisdag 10 mars 2026 (om 3 dagar).

                Det här återstår för din enhet (1):
                - 1150 Överförmyndarvht: ej påbörjad; ekonomisk analys saknas
                  https://ekonomi.kommun.example/rapport/1150/2026-02

                Mina uppgifter i portalen: https://ekonomi.kommun.example/uppgifter

                Det här är ett automatiskt meddelande från Ekonomiuppföljning och skickas en gång per påminnelsedag. Svara inte på det.
                """);

        // The kommundirektör answers for the units without a chief of their own, not for Eva's or Ivar's.
        String toJohan = body(mail.to("johan@kommun.example"));
        assertThat(toJohan)
                .contains(
                        "- EXB Exempelby kommun: ej påbörjad",
                        "- KLS Kommunledningsstaben: ej påbörjad",
                        "- 1180 HR-avdelning: ej påbörjad",
                        "- 2120 Fastighetsenheten: ej påbörjad",
                        "Det här återstår för dina enheter (13):");
        assertThat(toJohan).doesNotContain("1150 Överförmyndarvht", "1120 IT");
        // Economists are not reminded; a chief without an address is reported, not skipped silently.
        assertThat(mail.to("martin@kommun.example")).isEmpty();
        assertThat(mail.sent).hasSize(2);
        assertThat(run.withoutAddress()).containsExactly("ivar");
        assertThat(run.sent())
                .containsExactlyInAnyOrder(
                        new ReminderKey("eva", FEBRUARY, DEADLINE, 3), new ReminderKey("johan", FEBRUARY, DEADLINE, 3));
    }

    @Test
    void no_reminder_goes_out_before_the_first_reminder_day_or_after_the_deadline() {
        assertThat(service.sendDueReminders(LocalDate.of(2026, 3, 6)).sent()).isEmpty();
        assertThat(service.sendDueReminders(LocalDate.of(2026, 3, 11)).sent()).isEmpty();
        assertThat(mail.sent).isEmpty();
    }

    @Test
    void the_same_reminder_is_never_sent_twice_and_the_deadline_day_brings_the_second_one() {
        service.sendDueReminders(LocalDate.of(2026, 3, 7));
        ReminderRun again = service.sendDueReminders(LocalDate.of(2026, 3, 7));
        ReminderRun dayAfter = service.sendDueReminders(LocalDate.of(2026, 3, 8));
        assertThat(again.sent()).isEmpty();
        assertThat(again.alreadySent()).isEqualTo(2);
        assertThat(dayAfter.sent()).isEmpty();
        assertThat(mail.sent).hasSize(2);

        service.sendDueReminders(DEADLINE);
        service.sendDueReminders(DEADLINE);
        List<MailMessage> toEva = mail.to("eva.lind@kommun.example");
        assertThat(toEva).hasSize(2);
        assertThat(toEva.get(1).body()).contains("är tisdag 10 mars 2026 (i dag).");
        assertThat(mail.sent).hasSize(4);
    }

    @Test
    void a_reminder_day_that_was_missed_is_made_up_once_before_the_deadline() {
        ReminderRun late = service.sendDueReminders(LocalDate.of(2026, 3, 9));
        assertThat(late.sent()).contains(new ReminderKey("eva", FEBRUARY, DEADLINE, 3));
        assertThat(body(mail.to("eva.lind@kommun.example"))).contains("(i morgon)");
        assertThat(service.sendDueReminders(LocalDate.of(2026, 3, 9)).sent()).isEmpty();
    }

    @Test
    void a_moved_deadline_gets_its_reminders_anew() {
        service.sendDueReminders(LocalDate.of(2026, 3, 7));
        deadlines.save(FEBRUARY, LocalDate.of(2026, 3, 13));
        service.sendDueReminders(LocalDate.of(2026, 3, 10));
        assertThat(mail.to("eva.lind@kommun.example"))
                .extracting(MailMessage::subject)
                .containsExactly(
                        "Påminnelse: månadsrapport februari 2026, sista dag 10 mars 2026",
                        "Påminnelse: månadsrapport februari 2026, sista dag 13 mars 2026");
    }

    @Test
    void a_ready_or_approved_unit_is_not_listed_and_one_sent_back_is() {
        MonthlyReportService asEva = reportsAs(EVA);
        asEva.save(
                OVERFORMYNDAR,
                FEBRUARY,
                new ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "Fler ärenden.", "Arvodena har ökat.", null),
                0);
        asEva.markReady(OVERFORMYNDAR, FEBRUARY, 1);
        service.sendDueReminders(LocalDate.of(2026, 3, 7));
        assertThat(mail.to("eva.lind@kommun.example")).isEmpty();

        reportsAs(JOHAN).sendBack(OVERFORMYNDAR, FEBRUARY, "Beskriv åtgärderna.", 2);
        service.sendDueReminders(DEADLINE);
        assertThat(body(mail.to("eva.lind@kommun.example"))).contains("- 1150 Överförmyndarvht: återskickad\n");
    }

    @Test
    void a_draft_is_listed_with_the_missing_analysis_until_it_is_written() {
        reportsAs(EVA).save(OVERFORMYNDAR, FEBRUARY, new ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "", "", null), 0);
        service.sendDueReminders(LocalDate.of(2026, 3, 7));
        assertThat(body(mail.to("eva.lind@kommun.example")))
                .contains("- 1150 Överförmyndarvht: utkast, inte markerad som klar; ekonomisk analys saknas\n");
    }

    @Test
    void the_chief_of_a_unit_with_an_overdue_action_is_reminded_of_it_with_the_responsible_person_named() {
        caller.set(EVA);
        new ActionService(organisation, figures, reports, actions, audit, caller::get, clock)
                .create(
                        OVERFORMYNDAR,
                        FEBRUARY,
                        new ActionDraft(
                                "Se över arvodesnivåerna\n<b>snarast</b>",
                                "Fler ärenden än budgeterat",
                                "Eva Ek",
                                LocalDate.of(2026, 3, 6),
                                new BigDecimal("60000"),
                                DecisionLevel.POLITISK_NIVA,
                                ActionStatus.FORESLAGEN,
                                null));
        MonthlyReportService asEva = reportsAs(EVA);
        asEva.save(OVERFORMYNDAR, FEBRUARY, new ReportEdit(FollowUpStatus.MINDRE_AVVIKELSE, "", "Analys.", null), 0);
        asEva.markReady(OVERFORMYNDAR, FEBRUARY, 1);

        service.sendDueReminders(LocalDate.of(2026, 3, 7));

        MailMessage toEva = mail.to("eva.lind@kommun.example").get(0);
        assertThat(toEva.subject())
                .isEqualTo("Påminnelse: försenade åtgärder (månadsrapport februari 2026, sista dag 10 mars 2026)");
        assertThat(toEva.body()).contains("""
                Försenade åtgärder (1):
                - 1150 Överförmyndarvht: Se över arvodesnivåerna <b>snarast</b>
                  Ansvarig: Eva Ek. Slutdatum: 2026-03-06. Slutdatumet har passerats.
                  https://ekonomi.kommun.example/rapport/1150/2026-02
                """).doesNotContain("Det här återstår");
        assertThat(body(mail.to("johan@kommun.example"))).doesNotContain("Försenade åtgärder");
    }

    @Test
    void a_message_the_mail_server_refuses_is_not_recorded_and_goes_out_at_the_next_run() {
        mail.refuseNext(1);
        ReminderRun first = service.sendDueReminders(LocalDate.of(2026, 3, 7));
        assertThat(first.failed()).singleElement().asString().startsWith("eva: ");
        assertThat(first.sent()).extracting(ReminderKey::username).containsExactly("johan");

        ReminderRun second = service.sendDueReminders(LocalDate.of(2026, 3, 8));
        assertThat(second.sent()).extracting(ReminderKey::username).containsExactly("eva");
        assertThat(mail.to("eva.lind@kommun.example")).hasSize(1);
        assertThat(mail.to("johan@kommun.example")).hasSize(1);
    }

    @Test
    void texts_from_the_data_cannot_add_a_header_to_the_message() {
        MailMessage message = new MailMessage(
                new EmailAddress("eva@kommun.example"),
                "Eva\r\nBcc: alla@kommun.example",
                "Ämne\nBcc: alla@kommun.example",
                "rad ett\r\nrad två");
        assertThat(message.toName()).isEqualTo("Eva Bcc: alla@kommun.example");
        assertThat(message.subject()).isEqualTo("Ämne Bcc: alla@kommun.example");
        assertThat(message.body()).isEqualTo("rad ett\nrad två");
    }
}
