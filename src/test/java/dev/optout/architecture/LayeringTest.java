package dev.optout.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: cli → pack → engine → browser → report, and the engine reaches the browser only through
 * the page port, which the cli wires to Selenium. These rules keep it so.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.optout");
    }

    @Test
    void the_pack_model_knows_neither_selenium_nor_picocli_nor_the_layers_after_it() {
        noClasses().that().resideInAPackage("dev.optout.pack..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openqa..", "picocli..", "dev.optout.engine..",
                        "dev.optout.page..", "dev.optout.browser..", "dev.optout.report..", "dev.optout.cli..")
                .check(classes);
    }

    @Test
    void only_the_cli_uses_picocli() {
        noClasses().that().resideOutsideOfPackage("dev.optout.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void the_engine_does_not_reach_back_into_the_cli() {
        noClasses().that().resideInAPackage("dev.optout.engine..")
                .should().dependOnClassesThat().resideInAPackage("dev.optout.cli..")
                .check(classes);
    }

    @Test
    void the_engine_knows_the_page_only_through_its_port_never_selenium_or_the_browser_layer() {
        noClasses().that().resideInAPackage("dev.optout.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openqa..", "dev.optout.browser..")
                .check(classes);
    }

    @Test
    void the_page_port_knows_only_the_pack_model() {
        noClasses().that().resideInAPackage("dev.optout.page..")
                .should().dependOnClassesThat().resideInAnyPackage("org.openqa..", "dev.optout.engine..",
                        "dev.optout.browser..", "dev.optout.cli..", "dev.optout.report..", "dev.optout.replica..")
                .check(classes);
    }

    @Test
    void the_browser_layer_implements_the_page_port_and_does_not_know_the_engine_or_the_cli() {
        noClasses().that().resideInAPackage("dev.optout.browser..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.optout.engine..", "dev.optout.cli..",
                        "dev.optout.replica..")
                .check(classes);
    }

    @Test
    void the_replica_stands_alone_and_imports_nothing_of_the_product() {
        noClasses().that().resideInAPackage("dev.optout.replica..")
                .should().dependOnClassesThat(resideInAPackage("dev.optout..")
                        .and(not(resideInAPackage("dev.optout.replica.."))))
                .check(classes);
    }

    @Test
    void only_the_cli_uses_the_replica() {
        noClasses().that().resideOutsideOfPackages("dev.optout.cli..", "dev.optout.replica..")
                .should().dependOnClassesThat().resideInAPackage("dev.optout.replica..")
                .check(classes);
    }

    @Test
    void reports_consume_outcomes_and_depend_on_no_other_layer() {
        noClasses().that().resideInAPackage("dev.optout.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.optout.engine..", "dev.optout.browser..",
                        "dev.optout.page..", "dev.optout.cli..", "dev.optout.pack..", "org.openqa..")
                .check(classes);
    }

    @Test
    void the_guide_routing_and_the_letters_stand_alone() {
        noClasses().that().resideInAnyPackage("dev.optout.guide..", "dev.optout.letter..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.optout.cli..", "dev.optout.engine..",
                        "dev.optout.page..", "dev.optout.browser..", "dev.optout.pack..", "dev.optout.report..",
                        "org.openqa..")
                .check(classes);
    }
}
