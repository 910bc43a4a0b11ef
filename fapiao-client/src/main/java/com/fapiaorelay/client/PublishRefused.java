package com.fapiaorelay.client;

import com.fapiaorelay.common.validation.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Nothing was sent: the relay would refuse this invoice or declaration. Each finding names its rule ({@code code}), the
 * field and the fix, in Chinese and English (docs/erp-integration.md lists them).
 */
public final class PublishRefused extends RuntimeException {

    private final List<Finding> findings;

    PublishRefused(List<Finding> findings) {
        super(findings.stream()
                .map(finding -> finding.code() + " " + finding.field() + ": " + finding.messageEn())
                .collect(Collectors.joining("; ")));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
