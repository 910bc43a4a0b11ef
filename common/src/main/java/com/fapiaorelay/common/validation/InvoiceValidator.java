package com.fapiaorelay.common.validation;

import com.fapiaorelay.common.invoice.Invoice;
import java.time.Clock;
import java.util.List;

/**
 * Checks an invoice against every rule and reports all findings at once, so a person can fix everything in one go.
 * Thread-safe; build one and share it.
 */
public final class InvoiceValidator {

    private final ValidationRules rules;
    private final InvoiceRule required = new RequiredFields();
    private final InvoiceRule magnitudes;
    private final List<InvoiceRule> checks;

    public InvoiceValidator(ValidationRules rules, Clock clock) {
        this.rules = rules;
        this.magnitudes = new Magnitudes(rules);
        this.checks = List.of(
                new TaxpayerIds(),
                new InvoiceNumbers(),
                new IssueTimes(rules, clock),
                new RatesAndPolicies(rules),
                new LineArithmetic(rules),
                new Totals(rules),
                new Texts(rules),
                new GarbledTexts(),
                new RedAndBlue(),
                new LineNumbers(rules));
    }

    public static InvoiceValidator withDefaults() {
        return new InvoiceValidator(ValidationRules.defaults(), Clock.systemUTC());
    }

    /** Numbers out of magnitude stop the check before any arithmetic: they are all the caller hears about. */
    public ValidationReport validate(Invoice invoice) {
        Findings findings = new Findings();
        required.check(invoice, findings);
        int beforeMagnitudes = findings.count();
        magnitudes.check(invoice, findings);
        if (findings.count() > beforeMagnitudes) {
            return findings.report();
        }
        for (InvoiceRule check : checks) {
            check.check(invoice, findings);
        }
        return findings.report();
    }

    /** Intake checks an event's size before parsing it, since an oversized event must not be parsed at all. */
    public ValidationReport checkEventSize(long bytes) {
        Findings findings = new Findings();
        if (bytes > rules.maxEventBytes()) {
            findings.add(Rule.EVENT_TOO_LARGE, "event", bytes, rules.maxEventBytes());
        }
        return findings.report();
    }

    public ValidationRules rules() {
        return rules;
    }
}
