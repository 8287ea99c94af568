package se.ekonomiuppfoljning.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The module rules: dependencies point one way (ui → domain, persistence → domain, app → all). */
class ArchitectureTest {

    private static final String ROOT = "se.ekonomiuppfoljning";
    private static final String[] DOMAIN = {ROOT + ".common..", ROOT + ".organisation..", ROOT + ".security..",
            ROOT + ".followup..", ROOT + ".imports..", ROOT + ".cycle..", ROOT + ".actions..",
            ROOT + ".reminders..", ROOT + ".reports..", ROOT + ".export..", ROOT + ".audit.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void the_domain_imports_no_spring_jpa_or_vaadin() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "com.vaadin..", "org.hibernate..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void the_domain_knows_nothing_of_the_other_modules() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".persistence..", ROOT + ".app..")
                .check(CLASSES);
    }

    @Test
    void the_ui_never_uses_persistence_or_the_app() {
        noClasses().that().resideInAPackage(ROOT + ".ui..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".persistence..", ROOT + ".app..",
                        "org.springframework.data..", "jakarta.persistence..", "org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void reminders_run_as_the_system_so_no_page_or_api_can_send_them() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".reminders..", ROOT + ".app.reminders..")
                .should().dependOnClassesThat().areAssignableTo(se.ekonomiuppfoljning.reminders.ReminderService.class)
                .check(CLASSES);
    }

    @Test
    void persistence_never_uses_the_ui_or_the_app() {
        noClasses().that().resideInAPackage(ROOT + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..", "com.vaadin..")
                .check(CLASSES);
    }

    @Test
    void feature_packages_have_no_cycles_in_any_module() {
        slices().matching(ROOT + ".(common|organisation|security|followup|imports|cycle|actions|reminders|reports|export|audit)..").should().beFreeOfCycles().check(CLASSES);
        slices().matching(ROOT + ".ui.(*)..").should().beFreeOfCycles().check(CLASSES);
        slices().matching(ROOT + ".persistence.(*)..").should().beFreeOfCycles().check(CLASSES);
        slices().matching(ROOT + ".app.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
