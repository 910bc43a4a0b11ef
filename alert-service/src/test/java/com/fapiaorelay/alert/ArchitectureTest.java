package com.fapiaorelay.alert;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fapiaorelay.testsupport.ServiceRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "com.fapiaorelay.alert", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersDoNotTouchSql = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .areAssignableTo(JdbcClient.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(JdbcTemplate.class);

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("com.fapiaorelay.alert.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule alertsDoNotKnowHowTheyAreDelivered = noClasses()
            .that()
            .resideInAPackage("com.fapiaorelay.alert.lifecycle..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.fapiaorelay.alert.delivery..");

    @ArchTest
    static final ArchRule sqlLivesInRowsClasses = ServiceRules.sqlLivesInRowsClasses();

    @ArchTest
    static final ArchRule problemsAreAnsweredByTheKit = ServiceRules.problemsAreAnsweredByTheKit();
}
