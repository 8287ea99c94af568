package se.ekonomiuppfoljning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Ekonomiuppföljning. In the root package so that the ui module's routes and the persistence module's
 * entities and repositories are all found.
 */
@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
