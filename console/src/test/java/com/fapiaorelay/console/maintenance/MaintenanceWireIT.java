package com.fapiaorelay.console.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.console.config.Role;
import com.fapiaorelay.testsupport.SharedInfrastructure;
import com.fapiaorelay.testsupport.StubServer;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The console's side of the wire to upload-service: the form's Beijing times leave as ISO-8601 instants with their
 * offset, under the person's token, and upload-service's answer (instants in UTC) is read back.
 */
@SpringBootTest(properties = {"spring.config.name=console", "spring.profiles.active=dev"})
@AutoConfigureMockMvc
class MaintenanceWireIT {

    /** Answers a declaration as upload-service does. */
    private static final StubServer UPLOAD_SERVICE = StubServer.answering(201, "application/json", """
            {"id":"0f8c1d2e-3a4b-4c5d-8e9f-001122334455","start":"2026-12-03T14:00:00Z",
             "end":"2026-12-03T18:00:00Z","reason":"税局系统升级","declaredBy":"wang.ops",
             "declaredAt":"2026-12-03T09:00:00Z"}""");

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "console");
        registry.add("fapiao.console.upload-url", UPLOAD_SERVICE::url);
    }

    @AfterAll
    static void stop() {
        UPLOAD_SERVICE.close();
    }

    @Test
    void declarationLeavesAsInstantsWithTheirOffsetUnderThePersonsToken() throws Exception {
        mvc.perform(post("/maintenance")
                        .with(csrf())
                        .with(user("wang.ops").roles(Role.OPERATOR.withIncluded()))
                        .param("start", "2026-12-03T22:00")
                        .param("end", "2026-12-04T02:00")
                        .param("reason", "税局系统升级"))
                .andExpect(redirectedUrl("/maintenance"));

        JsonNode sent = FapiaoJson.mapper().readTree(UPLOAD_SERVICE.lastBody());
        assertThat(OffsetDateTime.parse(sent.get("start").asString()).toInstant())
                .isEqualTo(Instant.parse("2026-12-03T14:00:00Z"));
        assertThat(OffsetDateTime.parse(sent.get("end").asString()).toInstant())
                .isEqualTo(Instant.parse("2026-12-03T18:00:00Z"));
        assertThat(sent.get("reason").asString()).isEqualTo("税局系统升级");
        assertThat(UPLOAD_SERVICE.lastAuthorization()).startsWith("Bearer ");
    }
}
