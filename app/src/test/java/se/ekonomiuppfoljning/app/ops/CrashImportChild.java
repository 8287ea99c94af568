package se.ekonomiuppfoljning.app.ops;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.ekonomiuppfoljning.Application;
import se.ekonomiuppfoljning.imports.ImportKind;
import se.ekonomiuppfoljning.imports.LedgerImportService;
import se.ekonomiuppfoljning.imports.OrganisationImportService;
import se.ekonomiuppfoljning.persistence.database.EmbeddedMariaDb;

/**
 * The child process of {@link CrashMidImportCheck}: the portal's own Spring context (demo profile)
 * (on loopback, free ports) on the MariaDB the test owns, doing an import through the real {@link LedgerImportService} and persistence.
 *
 * Its settings are command-line arguments, since those override the application's properties.
 *
 * <p>{@code crash <jdbc-url> <organisation.csv> <ledger.se>}: imports the organisation (committed), prints
 * {@code CRASHTEST ORGANISATION-IMPORTED}, waits for a line on its standard input, then imports the ledger inside a
 * transaction of its own around the service's (the service joins it), so that when the service returns every row is
 * written but nothing is committed; it prints {@code CRASHTEST SAVED-UNCOMMITTED <lines>} and waits for the kill. If
 * its input ends instead, it rolls back and exits 3: it never commits that import.
 *
 * <p>{@code import <jdbc-url> <ledger.se>}: the restart; imports the ledger to the end, prints {@code CRASHTEST
 * IMPORTED <lines>} and exits 0.
 */
public final class CrashImportChild {

    static final String MARK = "CRASHTEST ";

    private CrashImportChild() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String url = args[1];
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .run(
                        "--uppfoljning.database.embedded=false",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=root",
                        "--spring.datasource.password=",
                        "--uppfoljning.import.max-size=1GB",
                        "--uppfoljning.reminders.enabled=false",
                        "--uppfoljning.directory.ldap.enabled=false",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--management.server.port=0",
                        "--vaadin.devmode.devTools.enabled=false",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        if (context.getBeanNamesForType(EmbeddedMariaDb.class).length > 0) {
            throw new IllegalStateException("the child must use the test's database, not an embedded one of its own");
        }
        LedgerImportService imports = context.getBean(LedgerImportService.class);
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        asController();
        if ("crash".equals(mode)) {
            try (InputStream in = Files.newInputStream(Path.of(args[2]))) {
                context.getBean(OrganisationImportService.class).importOrganisation("organisation.csv", in);
            }
            mark("ORGANISATION-IMPORTED");
            if (stdin.readLine() == null) {
                System.exit(2);
            }
            TransactionTemplate outer = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            outer.executeWithoutResult(status -> {
                LedgerImportService.Imported imported = importLedger(imports, Path.of(args[3]));
                mark("SAVED-UNCOMMITTED " + imported.record().rows());
                try {
                    stdin.readLine(); // the test kills this process while it waits here
                } catch (java.io.IOException e) {
                    // rolled back below
                }
                status.setRollbackOnly();
            });
            System.exit(3);
        } else if ("import".equals(mode)) {
            LedgerImportService.Imported imported = importLedger(imports, Path.of(args[2]));
            mark("IMPORTED " + imported.record().rows());
            context.close();
            System.exit(0);
        } else {
            throw new IllegalArgumentException("unknown mode " + mode);
        }
    }

    private static LedgerImportService.Imported importLedger(LedgerImportService imports, Path sie) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(sie), 1 << 16)) {
            return imports.importFile("ledger.se", ImportKind.SIE, in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The demo's economist, read from the database by CurrentUser as on a login. */
    private static void asController() {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "controller", null, List.of(new SimpleGrantedAuthority("ROLE_EKONOM"))));
        SecurityContextHolder.setContext(security);
    }

    private static void mark(String what) {
        System.out.println(MARK + what);
        System.out.flush();
    }
}
