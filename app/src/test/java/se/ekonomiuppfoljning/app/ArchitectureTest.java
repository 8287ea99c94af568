package se.ekonomiuppfoljning.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.ekonomiuppfoljning.common.Period;
import se.ekonomiuppfoljning.reminders.ReminderService;

/**
 * The module rules: dependencies point one way (ui → domain, persistence → domain, app → all). The rules name
 * modules, not packages: a class belongs to the module it was compiled in, so a new package in any module is
 * covered without editing this test.
 */
class ArchitectureTest {

    private static final String ROOT = "se.ekonomiuppfoljning";

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Every main class of the domain module, found by where it was compiled (its target folder or its jar). */
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ArchitectureTest::inDomainModule)
            .importPackages(ROOT);

    private static boolean inDomainModule(Location location) {
        return location.matches(Pattern.compile(".*/domain/target/classes/.*|.*/domain-[^/]*\\.jar.*"))
                && !location.contains("-tests.jar");
    }

    @Test
    void the_domain_module_is_found_by_its_location_and_nothing_else_is() {
        assertThat(DOMAIN.contain(Period.class)).isTrue();
        assertThat(DOMAIN.contain(ArchitectureTest.class)).isFalse();
        assertThat(DOMAIN.stream()
                        .filter(c -> c.getSource()
                                .map(s -> s.getUri().toString().contains("test"))
                                .orElse(false)))
                .isEmpty();
        assertThat(DOMAIN.stream()
                        .map(c -> c.getPackageName())
                        .filter(p -> p.startsWith(ROOT + ".ui")
                                || p.startsWith(ROOT + ".persistence")
                                || p.startsWith(ROOT + ".app")))
                .isEmpty();
    }

    @Test
    void the_domain_imports_no_spring_jpa_or_vaadin() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "com.vaadin..",
                        "org.hibernate..",
                        "jakarta.servlet..")
                .check(DOMAIN);
    }

    @Test
    void the_domain_knows_nothing_of_the_other_modules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".ui..", ROOT + ".persistence..", ROOT + ".app..")
                .check(DOMAIN);
    }

    @Test
    void the_ui_never_uses_persistence_or_the_app() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        ROOT + ".persistence..",
                        ROOT + ".app..",
                        "org.springframework.data..",
                        "jakarta.persistence..",
                        "org.springframework.jdbc..")
                .check(ALL);
    }

    @Test
    void reminders_run_as_the_system_so_no_page_or_api_can_send_them() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".reminders..", ROOT + ".app.reminders..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(ReminderService.class)
                .check(ALL);
    }

    @Test
    void persistence_never_uses_the_ui_or_the_app() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..", "com.vaadin..")
                .check(ALL);
    }

    @Test
    void feature_packages_have_no_cycles_in_any_module() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(DOMAIN);
        slices().matching(ROOT + ".ui.(*)..").should().beFreeOfCycles().check(ALL);
        slices().matching(ROOT + ".persistence.(*)..").should().beFreeOfCycles().check(ALL);
        slices().matching(ROOT + ".app.(*)..").should().beFreeOfCycles().check(ALL);
    }
}
