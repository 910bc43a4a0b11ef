package com.fapiaorelay.sandbox.signing;

import static com.fapiaorelay.common.tax.protocol.RequestSignature.APP_ID;
import static com.fapiaorelay.common.tax.protocol.RequestSignature.NONCE;
import static com.fapiaorelay.common.tax.protocol.RequestSignature.SIGNATURE;
import static com.fapiaorelay.common.tax.protocol.RequestSignature.TIMESTAMP;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.protocol.RequestSignature;
import com.fapiaorelay.common.tax.protocol.TaxProtocol;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.ErrorAnswer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Lets through only protocol calls signed by a known app, fresh, and with a nonce not used before. */
@Component
@EnableConfigurationProperties(SigningProperties.class)
class SignatureFilter extends OncePerRequestFilter {

    private static final int PRESIZED_BODY_LIMIT = 8 << 20;

    private final SigningProperties properties;
    private final NonceRegistry nonces;
    private final Clock clock;

    SignatureFilter(SigningProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.nonces = new NonceRegistry(properties.maxSkew().toMillis());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/v1/") && !path.startsWith("/api/v2/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = body(request);
        ErrorAnswer refusal = refusal(request, body);
        if (refusal != null) {
            refuse(response, refusal);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /**
     * Read into an array of the declared length when there is one (reading all grows and copies its buffers), unless
     * the declared length is more than a full batch could be: an array is not allocated on a client's word alone.
     */
    private static byte[] body(HttpServletRequest request) throws IOException {
        int length = request.getContentLength();
        if (length < 0 || length > PRESIZED_BODY_LIMIT) {
            return request.getInputStream().readAllBytes();
        }
        byte[] body = new byte[length];
        int read = request.getInputStream().readNBytes(body, 0, length);
        return read == length ? body : Arrays.copyOf(body, read);
    }

    private ErrorAnswer refusal(HttpServletRequest request, byte[] body) {
        String appId = request.getHeader(APP_ID);
        String secret = appId == null ? null : properties.apps().get(appId);
        String nonce = request.getHeader(NONCE);
        Long timestamp = parse(request.getHeader(TIMESTAMP));
        if (secret == null || nonce == null || timestamp == null) {
            return new ErrorAnswer("E4010", "签名信息缺失或应用未注册 / signature headers missing or app id unknown");
        }
        long now = clock.millis();
        if (Math.abs(now - timestamp) > properties.maxSkew().toMillis()) {
            return new ErrorAnswer("E4012", "时间戳已过期 / timestamp too far from server time");
        }
        String expected =
                RequestSignature.sign(secret, request.getMethod(), request.getRequestURI(), timestamp, nonce, body);
        if (!RequestSignature.matches(expected, request.getHeader(SIGNATURE))) {
            return new ErrorAnswer("E4011", "签名错误 / signature does not match");
        }
        if (!nonces.firstUse(appId, nonce, now)) {
            return new ErrorAnswer("E4013", "随机数已使用 / nonce already used");
        }
        return null;
    }

    private void refuse(HttpServletResponse response, ErrorAnswer refusal) throws IOException {
        response.setStatus(401);
        response.setHeader(TaxProtocol.SERVER_TIME_HEADER, Long.toString(clock.millis()));
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(FapiaoJson.mapper().writeValueAsBytes(refusal));
    }

    private static Long parse(String timestamp) {
        try {
            return timestamp == null ? null : Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
