package com.fapiaorelay.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
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
}
