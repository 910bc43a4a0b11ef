package com.fapiaorelay.common.validation;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.time.BusinessDays;
import java.time.Clock;
import java.time.LocalDateTime;

/** The issue time, China local time, lies between now minus the upload window and now plus the clock skew. */
final class IssueTimes implements InvoiceRule {

    private final ValidationRules rules;
    private final Clock clock;

    IssueTimes(ValidationRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void check(Invoice invoice, Findings findings) {
        LocalDateTime issuedAt = invoice.issuedAt();
        if (issuedAt == null) {
            return;
        }
        LocalDateTime now = BusinessDays.now(clock);
        if (issuedAt.isAfter(now.plus(rules.clockSkew()))) {
            findings.add(Rule.ISSUE_TIME_FUTURE, "issuedAt", rules.clockSkew().toMinutes());
        } else if (issuedAt.isBefore(now.minus(rules.maxAge()))) {
            findings.add(Rule.ISSUE_TIME_TOO_OLD, "issuedAt", rules.maxAge().toDays());
        }
    }
}
