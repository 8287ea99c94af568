package se.ekonomiuppfoljning.app.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.ekonomiuppfoljning.imports.AmountCsvReader;
import se.ekonomiuppfoljning.imports.OrganisationCsvReader;
import se.ekonomiuppfoljning.organisation.Account;
import se.ekonomiuppfoljning.organisation.Committee;
import se.ekonomiuppfoljning.organisation.CommitteeCode;
import se.ekonomiuppfoljning.organisation.OrganisationRepository;
import se.ekonomiuppfoljning.organisation.UnitCode;
import se.ekonomiuppfoljning.followup.FigureRepository;
import se.ekonomiuppfoljning.security.Role;
import se.ekonomiuppfoljning.security.UserAccount;
import se.ekonomiuppfoljning.security.UserAccountRepository;

/**
 * "Exempelby kommun" for the demo profile only: KS with Kommunledningsstaben (the seed's ten units),
 * Tekniska nämnden with Samhällsbyggnadsförvaltningen (TIA-avdelningen reports there), budgets for 2026
 * and actuals for January and February from the CSV files under {@code demo/}, and the demo users.
 * Loaded once, into an empty database.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    /** The demo users' shared password; README names it. The demo profile is never for real data. */
    static final String PASSWORD = "demo2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationRepository organisations;
    private final FigureRepository figures;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    DemoData(OrganisationRepository organisations, FigureRepository figures, UserAccountRepository users,
             PasswordEncoder passwordEncoder) {
        this.organisations = organisations;
        this.figures = figures;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!organisations.load().units().isEmpty()) {
            return;
        }
        CommitteeCode kf = CommitteeCode.of("KF");
        organisations.saveCommittees(List.of(
                new Committee(kf, "Kommunfullmäktige", null),
                new Committee(CommitteeCode.of("KS"), "Kommunstyrelsen", kf),
                new Committee(CommitteeCode.of("TN"), "Tekniska nämnden", kf)));
        organisations.saveUnits(read("organisation.csv", OrganisationCsvReader::read));
        organisations.saveAccounts(List.of(
                new Account("3510", "Försäljning av tjänster"),
                new Account("5011", "Månadslön tillsvidareanställda"),
                new Account("5511", "Arbetsgivaravgifter och pensionskostnader"),
                new Account("6420", "Konsulttjänster och övriga köpta tjänster")));
        figures.saveBudget(read("budget-2026.csv", AmountCsvReader::read));
        figures.saveActuals(read("utfall-2026.csv", AmountCsvReader::read));

        String hash = passwordEncoder.encode(PASSWORD);
        user("kommundirektor", "Johan Örnberg", Role.CHEF, Set.of("EXB"), Set.of(), hash);
        user("ekonomichef", "Martin Bollner", Role.EKONOM, Set.of("KLS"), Set.of(), hash);
        user("overformyndare", "Eva Lind", Role.CHEF, Set.of("1150"), Set.of(), hash);
        user("itchef", "Per Ek", Role.CHEF, Set.of("1120"), Set.of(), hash);
        user("politiker", "Anna Berg", Role.POLITIKER, Set.of(), Set.of("KS"), hash);
        user("admin", "Rebecka Nilsson", Role.ADMIN, Set.of(), Set.of(), hash);
        log.info("Demo data loaded: Exempelby kommun, budget 2026, actuals January–February 2026, six demo users");
    }

    private void user(String username, String name, Role role, Set<String> units, Set<String> committees, String hash) {
        users.save(new UserAccount(username, name, Set.of(role),
                units.stream().map(UnitCode::of).collect(java.util.stream.Collectors.toSet()),
                committees.stream().map(CommitteeCode::of).collect(java.util.stream.Collectors.toSet()), true), hash);
    }

    private static <T> T read(String file, java.util.function.BiFunction<String, Reader, T> reader) {
        try (Reader in = new InputStreamReader(new ClassPathResource("demo/" + file).getInputStream(),
                StandardCharsets.UTF_8)) {
            return reader.apply(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
