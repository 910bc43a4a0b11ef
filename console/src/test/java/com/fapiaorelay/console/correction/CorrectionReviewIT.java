package com.fapiaorelay.console.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceFigures;
import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.console.ConsoleTestBase;
import com.fapiaorelay.console.backend.LedgerInvoice;
import com.fapiaorelay.console.backend.LedgerPage;
import com.fapiaorelay.console.backend.SubmissionHistory;
import com.fapiaorelay.console.backend.UploadApi;
import com.fapiaorelay.console.config.Role;
import com.fapiaorelay.testsupport.TestInvoices;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class CorrectionReviewIT extends ConsoleTestBase {

    static final RequestPostProcessor CLERK = user("clerk").roles(Role.OPERATOR.withIncluded());
    static final RequestPostProcessor SUPERVISOR = user("supervisor").roles(Role.REVIEWER.withIncluded());
    static final RequestPostProcessor REVIEWING_CLERK = user("clerk").roles(Role.REVIEWER.withIncluded());

    @Autowired
    JdbcClient jdbc;

    Invoice missing;
    Invoice corrected;

    @BeforeEach
    void missingInvoice() {
        missing = TestInvoices.invoice();
        corrected = TestInvoices.withRemarks(missing, "补录：原票未到达税务系统");
        when(sync.invoice(missing.key())).thenReturn(Optional.of(ledger(missing, InvoiceState.MISSING)));
        when(upload.submission(missing.key()))
                .thenReturn(Optional.of(new SubmissionHistory(
                        missing, "erp", InvoiceState.UPLOADED, 5, "R1", OffsetDateTime.now(), List.of())));
        when(upload.reenter(anyLong(), any(), any(), any()))
                .thenReturn(new UploadApi.ReentryReceipt(missing.key().toString(), "REPLACED", null));
    }

    @Test
    void theFormStartsFromTheOriginalContent() throws Exception {
        mvc.perform(get("/corrections/new")
                        .param("sellerTaxId", missing.sellerTaxId())
                        .param("invoiceNumber", missing.invoiceNumber())
                        .with(CLERK))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + missing.invoiceNumber() + "\"")))
                .andExpect(content().string(containsString("没有发现问题")));
    }

    @Test
    void findingsFollowWhatTheClerkTypes() throws Exception {
        var params = InvoiceFormParams.of(missing);
        params.set("totalTax", "6o.00");

        mvc.perform(post("/corrections/findings").params(params).with(csrf()).with(CLERK))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(FormValues.NOT_A_NUMBER)));
    }

    @Test
    void anotherPersonApprovesAndTheCorrectionEntersThePipeline() throws Exception {
        long id = submit();

        mvc.perform(post("/corrections/{id}/approve", id)
                        .param("comment", "核对无误")
                        .with(csrf())
                        .with(SUPERVISOR))
                .andExpect(status().is3xxRedirection());

        verify(upload).reenter(eq(id), eq(missing.key()), eq(corrected), eq("clerk"));
        assertThat(statusOf(id)).isEqualTo("APPROVED");
        assertThat(auditActions(id)).containsExactly("CORRECTION_SUBMITTED", "CORRECTION_APPROVED");
        mvc.perform(get("/corrections/{id}", id).with(SUPERVISOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已批准")))
                .andExpect(content().string(containsString("核对无误")));
    }

    @Test
    void theAuthorCannotApproveTheirOwnCorrectionWhateverTheirRole() throws Exception {
        long id = submit();

        mvc.perform(post("/corrections/{id}/approve", id).with(csrf()).with(REVIEWING_CLERK))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("不能由您复核")));

        verify(upload, never()).reenter(anyLong(), any(), any(), any());
        assertThat(statusOf(id)).isEqualTo("PENDING");
        assertThat(auditActions(id)).containsExactly("CORRECTION_SUBMITTED", "APPROVAL_REFUSED");
    }

    @Test
    void aRejectionNeedsAComment() throws Exception {
        long id = submit();

        mvc.perform(post("/corrections/{id}/reject", id).with(csrf()).with(SUPERVISOR))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/corrections/{id}/reject", id)
                        .param("comment", "金额有误")
                        .with(csrf())
                        .with(SUPERVISOR))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(id)).isEqualTo("REJECTED");
    }

    @Test
    void aCorrectionWithErrorsIsNotSubmitted() throws Exception {
        var params = InvoiceFormParams.correcting(missing, corrected);
        params.set("grandTotal", "1.00");

        mvc.perform(post("/corrections").params(params).with(csrf()).with(CLERK))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has-errors")));
    }

    @Test
    void theInvoiceFileTheFormWasFilledFromIsShownToTheReviewer() throws Exception {
        byte[] xml = xmlOf(missing).getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/corrections/from-file")
                        .file(new MockMultipartFile("file", "invoice.xml", "application/xml", xml))
                        .param("originalSellerTaxId", missing.sellerTaxId())
                        .param("originalInvoiceNumber", missing.invoiceNumber())
                        .with(csrf())
                        .with(CLERK))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "value=\"" + missing.totalAmount().toPlainString() + "\"")))
                .andExpect(content().string(containsString("\"source\":\"XML\"")));
        long fileId = jdbc.sql("SELECT max(id) FROM correction_file")
                .query(Long.class)
                .single();

        long id = submit(fileId);

        mvc.perform(get("/corrections/{id}", id).with(SUPERVISOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("invoice.xml")));
        mvc.perform(get("/corrections/{id}/file", id).with(SUPERVISOR))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/xml"))
                .andExpect(content().bytes(xml));
    }

    @Test
    void aScanWhoseQrCodeIsAKnownInvoiceLinksToItsPage() throws Exception {
        String qr = String.join(
                ",",
                "01",
                "32",
                "",
                missing.invoiceNumber(),
                missing.grandTotal().toPlainString(),
                missing.issuedAt().format(DateTimeFormatter.BASIC_ISO_DATE),
                "",
                "1A2B");
        LedgerPage.Line line = new LedgerPage.Line(
                missing.sellerTaxId(),
                missing.invoiceNumber(),
                InvoiceState.MISSING,
                null,
                InvoiceFigures.of(missing),
                null,
                OffsetDateTime.now());
        when(sync.search(any())).thenReturn(new LedgerPage(List.of(line), 20, 0, 1));

        mvc.perform(multipart("/corrections/from-file")
                        .file(new MockMultipartFile("file", "scan.png", "image/png", qrPng(qr)))
                        .with(csrf())
                        .with(CLERK))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("known-invoice")))
                .andExpect(content()
                        .string(containsString("/invoices/" + missing.sellerTaxId() + "/" + missing.invoiceNumber())));
    }

    private static byte[] qrPng(String text) throws Exception {
        BufferedImage page = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = page.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 600, 400);
        graphics.drawImage(
                MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 200, 200)),
                40,
                40,
                null);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(page, "png", png);
        return png.toByteArray();
    }

    private static String xmlOf(Invoice invoice) {
        return "<EInvoice><EInvoiceData><SellerInformation><SellerIdNum>" + invoice.sellerTaxId()
                + "</SellerIdNum><SellerName>" + invoice.seller().name() + "</SellerName></SellerInformation>"
                + "<BasicInformation><TotalAmWithoutTax>" + invoice.totalAmount() + "</TotalAmWithoutTax><TotalTaxAm>"
                + invoice.totalTax() + "</TotalTaxAm><TotalTax-includedAmount>" + invoice.grandTotal()
                + "</TotalTax-includedAmount></BasicInformation></EInvoiceData><TaxSupervisionInfo><InvoiceNumber>"
                + invoice.invoiceNumber() + "</InvoiceNumber></TaxSupervisionInfo></EInvoice>";
    }

    private long submit() throws Exception {
        return submit(null);
    }

    private long submit(Long fileId) throws Exception {
        var params = InvoiceFormParams.correcting(missing, corrected);
        if (fileId != null) {
            params.set("fileId", fileId.toString());
        }
        String location = mvc.perform(
                        post("/corrections").params(params).with(csrf()).with(CLERK))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM correction WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private List<String> auditActions(long id) {
        return jdbc.sql("SELECT action FROM audit_event WHERE target = ? ORDER BY id")
                .param("correction " + id)
                .query(String.class)
                .list();
    }

    private static LedgerInvoice ledger(Invoice invoice, InvoiceState state) {
        return new LedgerInvoice(
                invoice.sellerTaxId(),
                invoice.invoiceNumber(),
                state,
                "NOT_VISIBLE",
                "税务系统未查到",
                List.of(),
                InvoiceFigures.of(invoice),
                "R1",
                5,
                4,
                2,
                OffsetDateTime.now(),
                List.of());
    }
}
