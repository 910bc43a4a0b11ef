package com.fapiaorelay.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class ServiceRulesTest {

    private final JavaClasses classes =
            new ClassFileImporter().importClasses(OrderRows.class, OrderTotals.class, OrderForm.class);

    @Test
    void sqlOutsideARowsClassIsAViolation() {
        assertThat(ServiceRules.sqlLivesInRowsClasses()
                        .evaluate(classes)
                        .getFailureReport()
                        .getDetails())
                .isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).contains("OrderTotals"));
    }

    @Test
    void aNamedExceptionIsLeftOut() {
        assertThat(ServiceRules.sqlLivesInRowsClasses(OrderTotals.class.getName())
                        .evaluate(classes)
                        .hasViolation())
                .isFalse();
    }

    static class OrderRows {
        JdbcClient jdbc;
    }

    static class OrderTotals {
        JdbcClient jdbc;
    }

    static class OrderForm {
        OrderRows rows;
    }
}
