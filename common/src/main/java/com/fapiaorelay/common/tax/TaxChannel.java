package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.tax.leqi.LeqiConnection;
import com.fapiaorelay.common.tax.leqi.LeqiTaxInterface;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Which wire a service speaks to the tax authority ({@code fapiao.tax.channel}), and its client. */
public enum TaxChannel {
    /** Our documented protocol (docs/tax-interface.md) and its sandbox. */
    REFERENCE,
    /** The authority's direct connection (docs/leqi.md). */
    LEQI;

    /** {@code credentials} sign the reference protocol; {@code leqi} (null: the development unit) is 乐企's. */
    public TaxInterface client(
            URI url,
            TaxCredentials credentials,
            LeqiConnection leqi,
            Duration connectTimeout,
            Duration requestTimeout) {
        return switch (this) {
            case REFERENCE -> new HttpTaxInterface(url, credentials, connectTimeout, requestTimeout);
            case LEQI ->
                new LeqiTaxInterface(Objects.requireNonNullElse(leqi, LeqiConnection.DEFAULTS)
                        .settings(url, connectTimeout, requestTimeout));
        };
    }

    /** How long one upload call of {@code invoices} may take at worst with these timeouts. */
    public Duration longestCall(
            URI url, LeqiConnection leqi, Duration connectTimeout, Duration requestTimeout, int invoices) {
        return switch (this) {
            case REFERENCE -> HttpTaxInterface.longestCall(connectTimeout, requestTimeout);
            case LEQI ->
                Objects.requireNonNullElse(leqi, LeqiConnection.DEFAULTS)
                        .settings(url, connectTimeout, requestTimeout)
                        .longestCall(invoices);
        };
    }
}
