package com.fapiaorelay.common;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The contracts, model, validation and tax client are plain Java: services and ERPs' connectors share them. */
class ArchitectureTest {

    private final JavaClasses common = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.fapiaorelay.common");

    @Test
    void commonStaysFreeOfSpringAndDatabases() {
        noClasses()
                .that()
                .resideInAPackage("com.fapiaorelay.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "org.apache.kafka..")
                .check(common);
    }

    @Test
    void commonDoesNotReachIntoTheServiceKit() {
        noClasses()
                .that()
                .resideInAPackage("com.fapiaorelay.common..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.fapiaorelay.kit..")
                .check(common);
    }
}
