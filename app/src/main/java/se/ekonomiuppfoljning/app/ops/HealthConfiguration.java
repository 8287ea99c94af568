package se.ekonomiuppfoljning.app.ops;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.app.base.BeforeServing;

/**
 * The portal's own parts of the readiness probe ({@code management.endpoint.health.group.readiness.include}): beside
 * Spring's readiness state and the database ({@code db}), {@code migrations} (Flyway has applied every migration this
 * release carries, none failed) and {@code startup} (the start-up work of {@link BeforeServing}: the first
 * administrator, the demo data). Liveness is Spring's liveness state alone: a slow database must not make a
 * supervisor restart a process that would come back to the same database.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    /** DOWN until every start-up task has run. */
    @Bean
    HealthIndicator startupHealthIndicator(BeforeServing startup) {
        return () -> startup.finished()
                ? Health.up().build()
                : Health.down().withDetail("waiting", "start-up work").build();
    }

    @Bean
    HealthIndicator migrationsHealthIndicator(ObjectProvider<Flyway> flyway) {
        return new MigrationsHealth(flyway);
    }

    /**
     * UP when no migration of this release is pending or failed. Once UP it stays UP without asking Flyway again
     * (reading the history scans the migrations on the class path): migrations only ever run at start, and a newer
     * release migrating the shared database later leaves this node's migrations applied.
     */
    static final class MigrationsHealth implements HealthIndicator {
        private final ObjectProvider<Flyway> flyway;
        private volatile boolean applied;

        MigrationsHealth(ObjectProvider<Flyway> flyway) {
            this.flyway = flyway;
        }

        @Override
        public Health health() {
            if (applied) {
                return Health.up().build();
            }
            Flyway migrations = flyway.getIfAvailable();
            if (migrations == null) {
                return Health.unknown().withDetail("flyway", "not configured").build();
            }
            MigrationInfoService info = migrations.info();
            int pending = info.pending().length;
            long failed = java.util.Arrays.stream(info.all())
                    .filter(m -> m.getState().isFailed())
                    .count();
            MigrationInfo current = info.current();
            String version = current == null || current.getVersion() == null
                    ? "none"
                    : current.getVersion().getVersion();
            if (pending > 0 || failed > 0) {
                return Health.down()
                        .withDetail("version", version)
                        .withDetail("pending", pending)
                        .withDetail("failed", failed)
                        .build();
            }
            applied = true;
            return Health.up().withDetail("version", version).build();
        }
    }
}
