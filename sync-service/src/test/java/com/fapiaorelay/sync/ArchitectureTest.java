package com.fapiaorelay.sync;

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

@AnalyzeClasses(packages = "com.fapiaorelay.sync", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule controllersDoNotTouchSql = noClasses()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class);

    @ArchTest
    static final ArchRule ledgerDoesNotDependOnTheFeaturesBuiltOnIt = noClasses()
            .that()
            .resideInAPackage("..sync.ledger..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..sync.confirm..",
                    "..sync.stuck..",
                    "..sync.reconcile..",
                    "..sync.report..",
                    "..sync.declaration..",
                    "..sync.silence..",
                    "..sync.statuschange..",
                    "..sync.callback..");

    @ArchTest
    static final ArchRule confirmationDoesNotDependOnStuckDetection = noClasses()
            .that()
            .resideInAPackage("..sync.confirm..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..sync.stuck..");

    @ArchTest
    static final ArchRule stuckDetectionDoesNotDependOnConfirmation = noClasses()
            .that()
            .resideInAPackage("..sync.stuck..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..sync.confirm..");

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles =
            slices().matching("com.fapiaorelay.sync.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule configDoesNotDependOnFeatures = noClasses()
            .that()
            .resideInAPackage("..sync.config..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..sync.ledger..",
                    "..sync.confirm..",
                    "..sync.stuck..",
                    "..sync.reconcile..",
                    "..sync.report..",
                    "..sync.declaration..",
                    "..sync.silence..",
                    "..sync.statuschange..",
                    "..sync.callback..");

    @ArchTest
    static final ArchRule accessDoesNotDependOnTheFeaturesItGuards = noClasses()
            .that()
            .resideInAPackage("..sync.access..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "..sync.ledger..",
                    "..sync.confirm..",
                    "..sync.stuck..",
                    "..sync.reconcile..",
                    "..sync.report..",
                    "..sync.declaration..",
                    "..sync.silence..",
                    "..sync.statuschange..",
                    "..sync.callback..");

    @ArchTest
    static final ArchRule csvDoesNotDependOnFeatures = noClasses()
            .that()
            .resideInAPackage("..sync.csv..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..sync.ledger..", "..sync.confirm..", "..sync.reconcile..", "..sync.report..");

    @ArchTest
    static final ArchRule thePullApiDoesNotDependOnCallbacks = noClasses()
            .that()
            .resideInAPackage("..sync.statuschange..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..sync.callback..");

    @ArchTest
    static final ArchRule problemsAreAnsweredByTheKit = ServiceRules.problemsAreAnsweredByTheKit();

    // SchedulerLockConfiguration hands ShedLock the JdbcTemplate its lock provider needs; it holds no SQL of ours.
    @ArchTest
    static final ArchRule sqlLivesInRowsClasses =
            ServiceRules.sqlLivesInRowsClasses("com.fapiaorelay.sync.config.SchedulerLockConfiguration");
}
