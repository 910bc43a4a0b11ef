package com.fapiaorelay.kit.auth;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The short-lived token that carries a logged-in person from the console to a service: a JWT (HS256, Nimbus) naming
 * the person ({@code sub}), their roles, the service it is for ({@code aud}) and who signed it ({@code iss}).
 */
public final class UserTokens {

    public static final String ROLES = "roles";
    static final int MIN_KEY_BYTES = 32;

    private final NimbusJwtEncoder encoder;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    public UserTokens(String key, String issuer, Duration lifetime, Clock clock) {
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(secretKey(key)));
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A token for {@code user} with {@code roles}, good for {@code audience} only and for a short while. */
    public String sign(String user, Collection<String> roles, String audience) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(user)
                .audience(List.of(audience))
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim(ROLES, List.copyOf(roles))
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    static JwtDecoder decoder(String key, String issuer, String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(secretKey(key))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
        return decoder;
    }

    static void requireStrongKey(String key) {
        if (key.getBytes(StandardCharsets.UTF_8).length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "fapiao.auth.user-token-key must have at least " + MIN_KEY_BYTES + " bytes (HS256)");
        }
    }

    private static SecretKey secretKey(String key) {
        requireStrongKey(key);
        return new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
