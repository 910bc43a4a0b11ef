package com.fapiaorelay.sandbox.leqi;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.tax.leqi.LeqiEnvelope;
import com.fapiaorelay.common.tax.leqi.LeqiRefusal;
import com.fapiaorelay.common.tax.leqi.LeqiWire;
import com.fapiaorelay.common.tax.leqi.QdfpscInvoices;
import com.fapiaorelay.common.tax.leqi.Sm4;
import com.fapiaorelay.sandbox.protocol.UploadFlow;
import com.fapiaorelay.sandbox.record.UploadBatchRows;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 乐企's invoke endpoint for capability 202007: headers checked, the body decrypted under the unit's key, QDFPSC
 * stored through the shared {@link UploadFlow}, CXQDFPSCJG answered from the stored batch. Refusals in the envelope
 * and their codes are assumed (docs/leqi.md); faults reach these paths through the shared interceptor.
 */
@RestController
@EnableConfigurationProperties(LeqiSandboxProperties.class)
class LeqiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UploadFlow uploads;
    private final UploadBatchRows batches;
    private final LeqiResults results;
    private final LeqiSandboxProperties properties;
    private final Sm4 sm4;

    LeqiController(UploadFlow uploads, UploadBatchRows batches, LeqiResults results, LeqiSandboxProperties properties) {
        this.uploads = uploads;
        this.batches = batches;
        this.results = results;
        this.properties = properties;
        this.sm4 = properties.cipher();
    }

    @PostMapping({LeqiWire.PRODUCTION_PREFIX + "{nlbm}/{fwbm}", LeqiWire.SANDBOX_PREFIX + "{nlbm}/{fwbm}"})
    ResponseEntity<String> invoke(
            @PathVariable String nlbm,
            @PathVariable String fwbm,
            @RequestHeader Map<String, String> headers,
            @RequestBody(required = false) String body,
            HttpServletRequest servletRequest,
            HttpServletResponse response)
            throws IOException {
        String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        boolean sandboxPath = servletRequest.getRequestURI().startsWith(LeqiWire.SANDBOX_PREFIX);
        String headerProblem = headerProblem(nlbm, fwbm, headers, sandboxPath);
        if (headerProblem != null) {
            return refused(requestId, LeqiRefusal.INVALID_HEADER, headerProblem);
        }
        JsonNode request;
        try {
            request = JSON.readTree(sm4.decryptFromBase64(body == null ? "" : body));
        } catch (Sm4.Undecryptable e) {
            return refused(requestId, LeqiRefusal.DECRYPT_FAILED, "请求报文解密失败 / body does not decrypt");
        } catch (JacksonException e) {
            return refused(requestId, LeqiRefusal.INVALID_REQUEST, "请求报文不是JSON / body is not JSON");
        }
        return switch (fwbm) {
            case LeqiWire.UPLOAD -> upload(requestId, request, response);
            case LeqiWire.UPLOAD_RESULT -> uploadResult(requestId, request);
            default -> refused(requestId, LeqiRefusal.INVALID_HEADER, "服务编码不支持 / service not offered: " + fwbm);
        };
    }

    private ResponseEntity<String> upload(String requestId, JsonNode request, HttpServletResponse response)
            throws IOException {
        if (!request.isArray() || request.isEmpty() || request.size() > properties.batchLimit()) {
            return refused(
                    requestId,
                    LeqiRefusal.INVALID_REQUEST,
                    "QDFPSC 需要 1.." + properties.batchLimit() + " 张发票 / an array of invoices");
        }
        List<Invoice> invoices = new ArrayList<>();
        request.forEach(wire -> invoices.add(QdfpscInvoices.fromWire(wire)));
        String stored = uploads.upload(invoices, response);
        if (stored == null) {
            return null;
        }
        String serial = UUID.randomUUID().toString().replace("-", "");
        batches.save(serial, stored);
        return answer(
                requestId,
                JSON.createObjectNode()
                        .put("returnmsg", "成功")
                        .put("returncode", LeqiWire.RETURN_OK)
                        .put("sllsh", serial));
    }

    private ResponseEntity<String> uploadResult(String requestId, JsonNode request) {
        String serial = request.path("sllsh").asString("");
        return batches.answer(serial, uploads.resultsKeptFor())
                .map(stored -> answer(requestId, results.of(stored)))
                .orElseGet(() ->
                        refused(requestId, LeqiRefusal.UNKNOWN_SERIAL, "受理流水号不存在或已过期 / serial unknown: " + serial));
    }

    private String headerProblem(String nlbm, String fwbm, Map<String, String> headers, boolean sandboxPath) {
        if (sandboxPath && !LeqiWire.SANDBOX_FLAG_ON.equals(headers.get(LeqiWire.SANDBOX_FLAG))) {
            return "沙箱测试标志缺失 / the sandbox path needs sxcsbz=" + LeqiWire.SANDBOX_FLAG_ON;
        }
        if (!LeqiWire.ABILITY.equals(nlbm) || !nlbm.equals(headers.get(LeqiWire.ABILITY_HEADER))) {
            return "能力编码不符 / nlbm must be " + LeqiWire.ABILITY + " in the path and the header";
        }
        if (!fwbm.equals(headers.get(LeqiWire.SERVICE))) {
            return "服务编码不符 / fwbm header must name the path's service";
        }
        if (!properties.accessUnit().equals(headers.get(LeqiWire.ACCESS_UNIT))
                || !properties.userUnit().equals(headers.get(LeqiWire.USER_UNIT))) {
            return "接入单位或使用单位平台编号不符 / jrdwptbh or sydwptbh unknown";
        }
        return null;
    }

    private ResponseEntity<String> answer(String requestId, JsonNode data) {
        String encrypted = sm4.encryptToBase64(JSON.writeValueAsString(data));
        return envelope(LeqiEnvelope.data(requestId, encrypted));
    }

    private static ResponseEntity<String> refused(String requestId, LeqiRefusal refusal, String message) {
        return envelope(LeqiEnvelope.error(refusal.httpStatusCode(), requestId, refusal.code(), message));
    }

    private static ResponseEntity<String> envelope(LeqiEnvelope envelope) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(envelope.write());
    }
}
