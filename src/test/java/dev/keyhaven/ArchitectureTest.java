package dev.keyhaven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of design.md, kept by a test instead of by memory. */
class ArchitectureTest {

    private static final String[] CORE = {
        "dev.keyhaven.secret..", "dev.keyhaven.vault..", "dev.keyhaven.okx..", "dev.keyhaven.keys..",
        "dev.keyhaven.guide..", "dev.keyhaven.gateway.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.keyhaven");
    }

    @Test
    void coreDoesNotKnowJavaFx() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void coreDoesNotKnowItsFaces() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("dev.keyhaven.ui..", "dev.keyhaven.cli..")
                .check(classes);
    }

    @Test
    void theFacesDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("dev.keyhaven.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.keyhaven.ui..", "javafx..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.keyhaven.ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.keyhaven.cli..")
                .check(classes);
    }

    @Test
    void screensDoNotReachIntoEachOther() {
        // Each screen is a package under ui; the shell in ui itself composes them, and the shared
        // pieces (controls, theme, common) may be used by every screen.
        slices().matching("dev.keyhaven.ui.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(),
                        JavaClass.Predicates.resideInAnyPackage(
                                "dev.keyhaven.ui.controls..", "dev.keyhaven.ui.theme..", "dev.keyhaven.ui.common.."))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("dev.keyhaven.(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }
}
