package com.fapiaorelay.console.alert;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fapiaorelay.console.ConsoleTestBase;
import com.fapiaorelay.console.backend.AlertView;
import com.fapiaorelay.console.config.Role;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The link of an alert message, /alerts?groupId=, opens that group only, each alert with why it was raised. */
class AlertsPageIT extends ConsoleTestBase {

    @Test
    void groupLinkShowsOnlyThatGroupsAlertsWithTheirReasons() throws Exception {
        when(alerts.inGroup(7L, 100)).thenReturn(List.of(alert("校验未通过 / validation failed: GRAND_TOTAL")));
        when(alerts.recent(any(), anyInt())).thenReturn(List.of(alert("another group's reason")));

        mvc.perform(get("/alerts").param("groupId", "7").with(user("clerk").roles(Role.VIEWER.withIncluded())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("告警组 7"),
                                containsString("validation failed: GRAND_TOTAL"),
                                not(containsString("another group&#39;s reason")))));

        verify(alerts, never()).recent(any(), anyInt());
    }

    private static AlertView alert(String detail) {
        OffsetDateTime now = OffsetDateTime.now();
        return new AlertView(
                1,
                "INVALID",
                "WARNING",
                "FIRING",
                "upload-service",
                "91110108MA01AB3CX1",
                "24117000000000000001",
                "发票需要人工处理 / invoice needs a human: INVALID",
                detail,
                1,
                now,
                now);
    }
}
