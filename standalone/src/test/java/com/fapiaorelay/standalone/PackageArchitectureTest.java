package com.fapiaorelay.standalone;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command line calls the features, the features run on a stack, and never the other way: {@code cli} → {@code
 * demo}, {@code bench}, {@code chaos}, {@code scale} → {@code cluster} → {@code stack}. Features do not reach into each other.
 */
class PackageArchitectureTest {

    private static final JavaClasses STANDALONE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.fapiaorelay.standalone");

    @Test
    void commandsCallFeaturesAndFeaturesRunOnAStack() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("cli")
                .definedBy("..standalone.cli..")
                .layer("demo")
                .definedBy("..standalone.demo..")
                .layer("bench")
                .definedBy("..standalone.bench..")
                .layer("chaos")
                .definedBy("..standalone.chaos..")
                .layer("scale")
                .definedBy("..standalone.scale..")
                .layer("cluster")
                .definedBy("..standalone.cluster..")
                .layer("stack")
                .definedBy("..standalone.stack..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("demo")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("bench")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("chaos")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("scale")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("cluster")
                .mayOnlyBeAccessedByLayers("cli", "chaos", "scale")
                .whereLayer("stack")
                .mayOnlyBeAccessedByLayers("cli", "demo", "bench", "chaos", "scale", "cluster")
                .because("a command's options are parsed in one place and each feature runs alone on a stack")
                .check(STANDALONE);
    }
}
