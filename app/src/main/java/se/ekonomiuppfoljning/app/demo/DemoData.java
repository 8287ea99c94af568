package se.ekonomiuppfoljning.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.ekonomiuppfoljning.app.base.StartupTask;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.LedgerImportService;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.reports.cases.ReportCase;
import se.ekonomiuppfoljning.security.EmailAddress;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * "Exempelby kommun" for the demo profile only: KS with Kommunledningsstaben (the seed's ten units),
 * Tekniska nämnden with Samhällsbyggnadsförvaltningen (TIA-avdelningen reports there), the closed year 2025
 * (budget, actuals and each month's approved helårsprognos: synthetic, about 3 % below 2026's budget), budgets
 * for 2026 and actuals for January and February from the CSV files under {@code demo/}, read by the same importer as
 * the ledger's files (as the administrator, so the history shows them), and the demo users. Loaded once, into
 * an empty database. Then the worked example of February's cycle ({@link DemoWorkedExample}) and the seed's case
 * through Allmänna utskottet ({@link DemoCase}), each step dated when it happened in March 2026 ({@link DemoTime}) when
 * the demo runs on its own day ({@code uppfoljning.demo.today}). All of it in one transaction, before the web server
 * opens its port ({@link StartupTask}).
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements StartupTask {

    /** The demo users' shared password; README names it. The demo profile is never for real data. */
    static final String PASSWORD = "demo2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LedgerImportService importer;
    private final OrganisationImportService organisationImporter;
    private final DemoWorkedExample workedExample;
    private final DemoLastYear lastYear;
    private final DemoCase demoCase;
    private final DemoTime time;

    DemoData(
            OrganisationRepository organisations,
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            LedgerImportService importer,
            OrganisationImportService organisationImporter,
            DemoWorkedExample workedExample,
            DemoLastYear lastYear,
            DemoCase demoCase,
            DemoTime time) {
        this.organisations = organisations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.importer = importer;
        this.organisationImporter = organisationImporter;
        this.workedExample = workedExample;
        this.lastYear = lastYear;
        this.demoCase = demoCase;
        this.time = time;
    }

    @Override
    public void runBeforeServing() {
        if (!organisations.load().units().isEmpty()) {
            return;
        }
        try {
            load();
        } finally {
            time.resume();
        }
        log.info(
                "Demo data loaded: Exempelby kommun, budget and actuals 2025 with monthly forecasts, budget 2026, actuals January–February 2026, eight demo users, the February cycle of Överförmyndarvht and HR, the case KS/2026:4 through AU § 14");
    }

    /** The story in the order it happened (the dates by {@link DemoTime}). */
    private void load() {
        time.at(DemoTime.IMPORTS);
        CommitteeCode kf = CommitteeCode.of("KF");
        organisations.saveCommittees(List.of(
                new Committee(kf, "Kommunfullmäktige", null),
                new Committee(CommitteeCode.of("KS"), "Kommunstyrelsen", kf),
                new Committee(CommitteeCode.of("TN"), "Tekniska nämnden", kf)));

        String hash = passwordEncoder.encode(PASSWORD);
        user("admin", "Rebecka Nilsson", "rebecka.nilsson", Role.ADMIN, Set.of(), Set.of(), hash);
        // The controller is the economist of the whole kommun (the root EXB): the one who imports the organisation
        // and keeps the kommun-wide settings; the administrator imports nothing (issue 10).
        // On an empty portal every economist is the whole kommun's (there is nothing to take from anyone): the
        // controller imports the organisation first and then gets its root, EXB, as their scope.
        user("controller", "Sara Ekholm", "sara.ekholm", Role.EKONOM, Set.of(), Set.of(), hash);
        DemoUsers.as(
                "controller",
                () -> organisationImporter.importOrganisation("organisation.csv", open("organisation.csv")));
        user("controller", "Sara Ekholm", "sara.ekholm", Role.EKONOM, Set.of("EXB"), Set.of(), hash);
        // The budget and the actuals go through the same importer as the ledger's files. The
        // ledger's SIE file comes first: the first import sets the kommun (#FNAMN, #ORGNR), and accounts take their
        // names (#KONTO) from the file that first brings them.
        DemoUsers.as("controller", () -> {
            importer.importFile("periodsaldon-2026.se", ImportKind.SIE, open("periodsaldon-2026.se"));
            importer.importFile("budget-2025.csv", ImportKind.BUDGET_CSV, open("budget-2025.csv"));
            importer.importFile("utfall-2025.csv", ImportKind.ACTUALS_CSV, open("utfall-2025.csv"));
            importer.importFile("budget-2026.csv", ImportKind.BUDGET_CSV, open("budget-2026.csv"));
            return null;
        });
        user("kommundirektor", "Johan Örnberg", "johan.ornberg", Role.CHEF, Set.of("EXB"), Set.of(), hash);
        user("ekonomichef", "Martin Bollner", "martin.bollner", Role.EKONOM, Set.of("KLS"), Set.of(), hash);
        user("overformyndare", "Eva Lind", "eva.lind", Role.CHEF, Set.of("1150"), Set.of(), hash);
        user("itchef", "Per Ek", "per.ek", Role.CHEF, Set.of("1120"), Set.of(), hash);
        user("hrchef", "Lena Holm", "lena.holm", Role.CHEF, Set.of("1180"), Set.of(), hash);
        user("politiker", "Anna Berg", "anna.berg", Role.POLITIKER, Set.of(), Set.of("KS"), hash);
        lastYear.load(open("prognoser-2025.csv"));
        workedExample.february();
        ReportCase sent = demoCase.sendToAu();
        workedExample.overformyndareQuestion();
        demoCase.auDecision(sent);
        workedExample.hrQuestion();
    }

    private static InputStream open(String file) {
        try {
            return new ClassPathResource("demo/" + file).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A demo user whose reminders go to {@code <mailbox>@kommun.example} (a domain reserved for examples). */
    private void user(
            String username,
            String name,
            String mailbox,
            Role role,
            Set<String> units,
            Set<String> committees,
            String hash) {
        users.save(
                new UserAccount(
                        username,
                        name,
                        Set.of(role),
                        units.stream().map(UnitCode::of).collect(Collectors.toSet()),
                        committees.stream().map(CommitteeCode::of).collect(Collectors.toSet()),
                        true,
                        new EmailAddress(mailbox + "@kommun.example")),
                hash);
    }
}
