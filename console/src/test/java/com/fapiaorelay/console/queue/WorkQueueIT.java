package com.fapiaorelay.console.queue;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.console.ConsoleTestBase;
import com.fapiaorelay.console.backend.LedgerPage;
import com.fapiaorelay.console.config.Role;
import java.time.OffsetDateTime;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Invoices an ERP declared and we never received wait in the work queue, re-entered from a blank form. */
class WorkQueueIT extends ConsoleTestBase {

    @Test
    void declaredButNeverReceivedInvoiceIsQueuedWithItsFixAndABlankReentry() throws Exception {
        LedgerPage.Line line = new LedgerPage.Line(
                "91110108MA01AB3CX1",
                "26117000000212340001",
                InvoiceState.NOT_RECEIVED,
                "declared by ERP kingdee-beijing (issued 2026-03-01), never received",
                null,
                null,
                OffsetDateTime.parse("2026-03-02T00:05:00+08:00"));
        when(sync.needingHuman(anyInt())).thenReturn(List.of(new LedgerPage(List.of(line), 200, 0, 1)));

        mvc.perform(get("/queue").with(user("clerk").roles(Role.OPERATOR.withIncluded())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ERP 已声明、未收到")))
                .andExpect(content().string(Matchers.containsString("请 ERP 重新发送")))
                .andExpect(
                        content().string(Matchers.containsString("<a class=\"correct\" href=\"/corrections/new\">")));
    }
}
