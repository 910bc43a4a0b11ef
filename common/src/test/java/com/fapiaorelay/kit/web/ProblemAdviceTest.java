package com.fapiaorelay.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fapiaorelay.common.json.FapiaoJson;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

class ProblemAdviceTest {

    @Test
    void answersADomainProblemWithItsStatusTypeTitleDetailAndMembers() {
        ResponseEntity<ProblemDetail> answer = new ProblemAdvice().apiProblem(ShelfEmpty.forShelf("A7"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ProblemDetail problem = answer.getBody();
        assertThat(problem.getType()).isEqualTo(URI.create("https://fapiao-relay.example/problems/shelf-empty"));
        assertThat(problem.getTitle()).isEqualTo("Shelf empty");
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).isEqualTo("货架 A7 为空 / shelf A7 is empty");
        assertThat(problem.getProperties()).containsEntry("shelves", List.of("A7"));
    }

    @Test
    void writesOutsideSpringMvcTheSameMembersInTheSameOrder() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Problems.write(ShelfEmpty.forShelf("A7").toProblemDetail(), response);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode body = FapiaoJson.mapper().readTree(response.getContentAsByteArray());
        assertThat(body.propertyNames()).containsExactly("type", "title", "status", "detail", "shelves");
        assertThat(body.get("type").asString()).isEqualTo("https://fapiao-relay.example/problems/shelf-empty");
        assertThat(body.get("detail").asString()).isEqualTo("货架 A7 为空 / shelf A7 is empty");
    }

    private static final class ShelfEmpty extends ApiProblem {

        private ShelfEmpty(String shelf) {
            super(
                    HttpStatus.CONFLICT,
                    "shelf-empty",
                    "Shelf empty",
                    "货架 " + shelf + " 为空 / shelf " + shelf + " is empty");
            with("shelves", List.of(shelf));
        }

        static ShelfEmpty forShelf(String shelf) {
            return new ShelfEmpty(shelf);
        }
    }
}
