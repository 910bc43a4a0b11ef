package com.fapiaorelay.console.correction;

import com.fapiaorelay.common.extract.Extraction;
import com.fapiaorelay.common.extract.InvoiceExtractor;
import com.fapiaorelay.common.invoice.InvoiceKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/** The re-entry form with live findings, the list of corrections, and the review page. */
@Controller
class CorrectionController {

    private final CorrectionDesk desk;
    private final CorrectionRows corrections;
    private final InvoiceExtractor extractor;
    private final CorrectionFileRows files;

    CorrectionController(
            CorrectionDesk desk, CorrectionRows corrections, InvoiceExtractor extractor, CorrectionFileRows files) {
        this.desk = desk;
        this.corrections = corrections;
        this.extractor = extractor;
        this.files = files;
    }

    /** Pre-filled from the original when one is named; blank otherwise. */
    @GetMapping("/corrections/new")
    String form(
            @RequestParam(required = false) String sellerTaxId,
            @RequestParam(required = false) String invoiceNumber,
            Model model) {
        if (sellerTaxId == null || invoiceNumber == null) {
            return form(InvoiceForm.blank(), null, model);
        }
        Original original = desk.original(new InvoiceKey(sellerTaxId, invoiceNumber));
        return form(InvoiceForm.of(original.invoice()), original, model);
    }

    /**
     * "Fill from the invoice file": the form filled from the file's draft, each value marked with its source and the
     * uncertain ones highlighted; a file for an invoice we already hold links to its page.
     */
    @PostMapping(path = "/corrections/from-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String fromFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String originalSellerTaxId,
            @RequestParam(required = false) String originalInvoiceNumber,
            Principal person,
            Model model)
            throws IOException {
        byte[] content = file.getBytes();
        Extraction extraction = extractor.extract(content);
        model.addAttribute(
                "fileId", files.keep(file.getOriginalFilename(), extraction.format(), content, person.getName()));
        boolean correcting = originalSellerTaxId != null && originalInvoiceNumber != null;
        Original original =
                correcting ? desk.original(new InvoiceKey(originalSellerTaxId, originalInvoiceNumber)) : null;
        model.addAttribute("fileFill", FileFill.of(file.getOriginalFilename(), extraction));
        if (!correcting) {
            desk.known(extraction).ifPresent(key -> model.addAttribute("knownInvoice", key));
        }
        return form(InvoiceForm.extracted(extraction.draft(), correcting ? original.key() : null), original, model);
    }

    /** The findings panel alone, fetched while the clerk types. */
    @PostMapping("/corrections/findings")
    String findings(@ModelAttribute("form") InvoiceForm form, Model model) {
        model.addAttribute("checked", desk.check(form));
        return "correction-form :: findings";
    }

    @PostMapping("/corrections")
    String submit(
            @ModelAttribute("form") InvoiceForm form,
            @RequestParam(required = false) Long fileId,
            Principal person,
            Model model) {
        CheckedInvoice checked = desk.check(form);
        if (checked.hasErrors()) {
            Original original = form.originalKey() == null ? null : desk.original(form.originalKey());
            model.addAttribute("fileId", fileId);
            return form(form, original, model);
        }
        long id = desk.submit(form, person.getName());
        if (fileId != null) {
            files.attach(fileId, id, person.getName());
        }
        return "redirect:/corrections/" + id;
    }

    /** The invoice file the correction was filled from, for the reviewer to compare with the entry. */
    @GetMapping("/corrections/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        CorrectionFileRows.StoredFile file = files.forCorrection(id).orElseThrow(() -> CorrectionRefused.notFound(id));
        ContentDisposition disposition = (file.showsInline()
                        ? ContentDisposition.inline()
                        : ContentDisposition.attachment())
                .filename(file.fileName() == null ? "invoice" : file.fileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(file.content());
    }

    @GetMapping("/corrections")
    String list(Model model) {
        model.addAttribute("corrections", corrections.latest(100));
        return "corrections";
    }

    @GetMapping("/corrections/{id}")
    String review(@PathVariable long id, Principal person, Model model) {
        Correction correction = corrections.find(id).orElseThrow(() -> CorrectionRefused.notFound(id));
        model.addAttribute("correction", correction);
        model.addAttribute("changes", FieldChanges.between(correction.original(), correction.invoice()));
        model.addAttribute("reviewable", correction.reviewableBy(person.getName()));
        model.addAttribute("file", files.forCorrection(id).orElse(null));
        return "correction";
    }

    @PostMapping("/corrections/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String comment, Principal person) {
        desk.approve(id, person.getName(), comment);
        return "redirect:/corrections/" + id;
    }

    @PostMapping("/corrections/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String comment, Principal person) {
        desk.reject(id, person.getName(), comment);
        return "redirect:/corrections/" + id;
    }

    private String form(InvoiceForm form, Original original, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("original", original);
        model.addAttribute("checked", desk.check(form));
        return "correction-form";
    }
}
