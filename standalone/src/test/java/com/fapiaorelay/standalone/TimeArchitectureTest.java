package com.fapiaorelay.standalone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One rule for the main code of every module (the standalone jar holds them all): time is read from the injected
 * {@link java.time.Clock}, business dates through {@code BusinessDays}, never from the JVM's default zone.
 */
class TimeArchitectureTest {

    private static final JavaClasses MAIN_CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("com.fapiaorelay");

    @Test
    void timeIsReadFromAClockNeverFromTheHostsZone() {
        noClasses()
                .should()
                .callMethodWhere(readsTheHostsTimeOrZone())
                .because("a test pins the injected Clock, and business days are China's whatever the host's zone")
                .check(MAIN_CODE);
    }

    @Test
    void theRuleSeesEveryModule() {
        List<String> modules = List.of(
                "com.fapiaorelay.common.",
                "com.fapiaorelay.kit.",
                "com.fapiaorelay.sandbox.",
                "com.fapiaorelay.upload.",
                "com.fapiaorelay.sync.",
                "com.fapiaorelay.alert.",
                "com.fapiaorelay.console.",
                "com.fapiaorelay.standalone.");
        assertThat(modules)
                .allMatch(module -> MAIN_CODE.stream().anyMatch(c -> c.getName().startsWith(module)));
        assertThat(MAIN_CODE.stream().map(JavaClass::getPackageName)).noneMatch(p -> p.contains("testsupport"));
    }

    private static DescribedPredicate<JavaMethodCall> readsTheHostsTimeOrZone() {
        return DescribedPredicate.describe(
                "now() without a clock, or the JVM's default zone", call -> readsHostTime(call.getTarget()));
    }

    private static boolean readsHostTime(MethodCallTarget target) {
        String owner = target.getOwner().getName();
        String method = target.getName();
        if (method.equals("now") && owner.startsWith("java.time.")) {
            return !target.getRawParameterTypes().stream()
                    .map(JavaClass::getName)
                    .toList()
                    .equals(List.of("java.time.Clock"));
        }
        return owner.equals("java.time.Clock") && method.equals("systemDefaultZone")
                || owner.equals("java.time.ZoneId") && method.equals("systemDefault")
                || owner.equals("java.util.TimeZone") && method.equals("getDefault");
    }
}
