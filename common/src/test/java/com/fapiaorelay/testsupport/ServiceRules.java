package com.fapiaorelay.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
     * statement on a table in one place. {@code exceptions} are fully qualified names of classes left out; each
     * caller says why.
     */
    public static ArchRule sqlLivesInRowsClasses(String... exceptions) {
        return noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Rows")
                .and(not(namedAnyOf(exceptions)))
                .should()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcTemplate.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(NamedParameterJdbcTemplate.class)
                .because("one suffix for SQL classes across services: *Rows");
    }

    private static DescribedPredicate<JavaClass> namedAnyOf(String... names) {
        List<String> all = List.of(names);
        return DescribedPredicate.describe(
                "named any of " + all,
                type -> all.stream()
                        .anyMatch(name ->
                                type.getName().equals(name) || type.getName().startsWith(name + "$")));
    }
}
