package com.fapiaorelay.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fapiaorelay.testsupport.ServiceRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.fapiaorelay.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersDoNotTouchSql = noClasses()
            .that()
            .haveSimpleNameEndingWith("Controller")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..");

    @ArchTest
    static final ArchRule onlyTheBackendPackageCallsTheServices = noClasses()
            .that()
            .resideOutsideOfPackage("..console.backend..")
            .should()
            .dependOnClassesThat()
            .haveSimpleName("RestClient");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("com.fapiaorelay.console.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule sqlLivesInRowsClasses = ServiceRules.sqlLivesInRowsClasses();
}
