package com.fapiaorelay.upload;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fapiaorelay.testsupport.ServiceRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@AnalyzeClasses(packages = "com.fapiaorelay.upload", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersDoNotTouchSql = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .or()
            .areAnnotatedWith(RestControllerAdvice.class)
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class);

    @ArchTest
    static final ArchRule accessAndAuditDoNotDependOnTheFeaturesTheyGuard = noClasses()
            .that()
            .resideInAnyPackage("..upload.apikey..", "..upload.audit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..upload.intake..", "..upload.replay..", "..upload.submission..");

    /** One suffix for SQL classes: whatever speaks JDBC is a {@code *Rows} class. */
    @ArchTest
    static final ArchRule onlyRowsClassesSpeakSql = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Rows")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class);

    /** Every state change goes through the submission facade, which owns the version and the status event. */
    @ArchTest
    static final ArchRule onlyTheSubmissionPackageWritesTheSubmissionTable = noClasses()
            .that()
            .resideOutsideOfPackage("com.fapiaorelay.upload.submission")
            .should(new WriteSql("submission"));

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("com.fapiaorelay.upload.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule problemsAreAnsweredByTheKit = ServiceRules.problemsAreAnsweredByTheKit();

    @ArchTest
    static final ArchRule sqlLivesInRowsClasses = ServiceRules.sqlLivesInRowsClasses();
}
