package com.fapiaorelay.upload;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class UploadArchitectureTest {

    private final JavaClasses upload = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.fapiaorelay.upload");

    @Test
    void onlyTheSubmissionStoreWritesSubmissionStateAndItsEvents() {
        noClasses()
                .that()
                .resideInAnyPackage("com.fapiaorelay.upload.upload..", "com.fapiaorelay.upload.reupload..")
                .should()
                .dependOnClassesThat()
                .haveSimpleName("StatusEvents")
                .check(upload);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("com.fapiaorelay.upload.(*)..")
                .should()
                .beFreeOfCycles()
                .check(upload);
    }
}
