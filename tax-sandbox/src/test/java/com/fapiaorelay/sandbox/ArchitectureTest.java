package com.fapiaorelay.sandbox;

import com.fapiaorelay.testsupport.ServiceRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.fapiaorelay.sandbox", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule sqlLivesInRowsClasses = ServiceRules.sqlLivesInRowsClasses();
}
