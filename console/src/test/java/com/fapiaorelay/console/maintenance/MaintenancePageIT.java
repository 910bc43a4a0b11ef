package com.fapiaorelay.console.maintenance;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fapiaorelay.console.ConsoleTestBase;
import com.fapiaorelay.console.backend.MaintenanceWindow;
import com.fapiaorelay.console.config.Role;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Operators list, declare and cancel maintenance windows in Beijing time; viewers do not see the page. */
class MaintenancePageIT extends ConsoleTestBase {

    private static final UUID ID = UUID.fromString("0f8c1d2e-3a4b-4c5d-8e9f-001122334455");
    private static final MaintenanceWindow WINDOW = new MaintenanceWindow(
            ID,
            OffsetDateTime.parse("2026-12-03T14:00:00Z"),
            OffsetDateTime.parse("2026-12-03T18:00:00Z"),
            "税局系统升级",
            "wang.ops",
            OffsetDateTime.parse("2026-12-03T09:00:00Z"));

    @Test
    void operatorSeesTheWindowsInBeijingTime() throws Exception {
        when(upload.maintenanceWindows()).thenReturn(List.of(WINDOW));

        mvc.perform(get("/maintenance").with(user("wang.ops").roles(Role.OPERATOR.withIncluded())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("2026-12-03 22:00")))
                .andExpect(content().string(Matchers.containsString("2026-12-04 02:00")))
                .andExpect(content().string(Matchers.containsString("税局系统升级")))
                .andExpect(content().string(Matchers.containsString("/maintenance/" + ID + "/cancel")));
    }

    @Test
    void declaringTakesTheFormsTimesAsBeijingTime() throws Exception {
        when(upload.declareMaintenance(any(), any(), any())).thenReturn(WINDOW);

        mvc.perform(post("/maintenance")
                        .with(csrf())
                        .with(user("wang.ops").roles(Role.OPERATOR.withIncluded()))
                        .param("start", "2026-12-03T22:00")
                        .param("end", "2026-12-04T02:00")
                        .param("reason", " 税局系统升级 "))
                .andExpect(redirectedUrl("/maintenance"));

        verify(upload)
                .declareMaintenance(
                        OffsetDateTime.parse("2026-12-03T22:00+08:00"),
                        OffsetDateTime.parse("2026-12-04T02:00+08:00"),
                        "税局系统升级");
    }

    @Test
    void operatorCancelsAWindow() throws Exception {
        mvc.perform(post("/maintenance/" + ID + "/cancel")
                        .with(csrf())
                        .with(user("wang.ops").roles(Role.OPERATOR.withIncluded())))
                .andExpect(redirectedUrl("/maintenance"));

        verify(upload).cancelMaintenance(ID);
    }

    @Test
    void aViewerNeitherSeesNorDeclaresWindows() throws Exception {
        mvc.perform(get("/maintenance").with(user("viewer").roles(Role.VIEWER.withIncluded())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/maintenance")
                        .with(csrf())
                        .with(user("viewer").roles(Role.VIEWER.withIncluded()))
                        .param("start", "2026-12-03T22:00")
                        .param("end", "2026-12-04T02:00")
                        .param("reason", "x"))
                .andExpect(status().isForbidden());

        verify(upload, never()).declareMaintenance(any(), any(), any());
    }
}
