package com.fapiaorelay.console;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fapiaorelay.console.config.Role;
import org.junit.jupiter.api.Test;

class AccessIT extends ConsoleTestBase {

    @Test
    void anonymousVisitorsAreSentToTheLogInPageInChinese() throws Exception {
        mvc.perform(get("/queue")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("运营控制台")));
    }

    @Test
    void englishIsOneClickAway() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Operators&#39; console")));
    }

    @Test
    void localUsersLogInWithTheirPasswordAndAWrongOneIsRefused() throws Exception {
        mvc.perform(formLogin().user("clerk").password("fapiao-clerk")).andExpect(redirectedUrlPattern("/**"));
        mvc.perform(formLogin().user("clerk").password("wrong")).andExpect(redirectedUrlPattern("/login?error*"));
    }

    @Test
    void fiveWrongPasswordsLockTheNameEvenAgainstTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("viewer").password("guess-" + i))
                    .andExpect(redirectedUrlPattern("/login?error*"));
        }

        mvc.perform(formLogin().user("viewer").password("fapiao-viewer"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrlPattern("/login?error*"));
        mvc.perform(formLogin().user("supervisor").password("fapiao-reviewer"))
                .andExpect(authenticated().withUsername("supervisor"));
    }

    @Test
    void metricsAnswerPrometheusTokenNotAPersonAndHealthStaysOpen() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(user("admin").roles(Role.ADMIN.withIncluded())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer not-the-scrape-token-at-all"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer fapiao-relay-dev-scrape-token"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("service=\"console\"")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void aViewerCannotSubmitACorrection() throws Exception {
        mvc.perform(post("/corrections").with(csrf()).with(user("viewer").roles(Role.VIEWER.withIncluded())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anOperatorCannotApproveACorrection() throws Exception {
        mvc.perform(post("/corrections/1/approve")
                        .with(csrf())
                        .with(user("clerk").roles(Role.OPERATOR.withIncluded())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenDoesNothing() throws Exception {
        mvc.perform(post("/alerts/1/resolve").with(user("admin").roles(Role.ADMIN.withIncluded())))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/alerts/1/resolve")
                        .with(csrf().useInvalidToken())
                        .with(user("admin").roles(Role.ADMIN.withIncluded())))
                .andExpect(status().isForbidden());

        verify(alerts, never()).resolve(anyLong());
    }

    @Test
    void onlyAdminsReadTheAuditLog() throws Exception {
        mvc.perform(get("/audit").with(user("supervisor").roles(Role.REVIEWER.withIncluded())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user("admin").roles(Role.ADMIN.withIncluded())))
                .andExpect(status().isOk());
    }
}
