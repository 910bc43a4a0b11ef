package com.fapiaorelay.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Architecture rules every service keeps alike; each service's ArchitectureTest names them. */
public final class ServiceRules {

    private ServiceRules() {}

    /** Failures are {@code kit.web.ApiProblem}s answered by the kit's one advice, one problem shape everywhere. */
    public static ArchRule problemsAreAnsweredByTheKit() {
        return noClasses()
                .should()
                .beAnnotatedWith(RestControllerAdvice.class)
                .orShould()
                .beAnnotatedWith(ControllerAdvice.class)
                .orShould()
                .beAssignableTo(ErrorResponseException.class)
                .because("the kit's ProblemAdvice answers every ApiProblem in one shape (kit.web)");
    }

    /**
     * SQL lives in classes named {@code *Rows}, one per table or close group of tables, so a reader finds every
     * statement on a table in one place. {@code exceptions} are classes whose job is not SQL; each caller says why.
     */
    public static ArchRule sqlLivesInRowsClasses(Class<?>... exceptions) {
        return noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Rows")
                .and()
                .doNotBelongToAnyOf(exceptions)
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcTemplate.class)
                .because("one suffix for SQL classes across services: *Rows");
    }
}
