package se.ekonomiuppfoljning.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on its embedded MariaDB with the demo data, on a random port, with a GreenMail server as its
 * mail server ({@link GreenMailInitializer}). Every test class uses this one configuration, so Spring starts the
 * application (and the database) once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = GreenMailInitializer.class)
public @interface PortalTest {}
