package com.fapiaorelay.common.validation;

import com.fapiaorelay.common.invoice.Invoice;
import com.fapiaorelay.common.invoice.InvoiceLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Each line's rate is an allowed one, agrees with its preferential-policy flag, and its line nature is known. */
final class RatesAndPolicies implements InvoiceRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal REDUCED_LEVY = new BigDecimal("0.015");
    private static final Set<String> ZERO_RATE_FLAGS = Set.of("03", "04");
    private static final String REDUCED_TO_ONE_AND_A_HALF = "10";
    private static final Set<String> SIMPLIFIED_LEVY_FLAGS = Set.of("01", "08", "09");
    private static final Set<String> LINE_NATURES = Set.of("00", "01", "02");

    private final ValidationRules rules;

    RatesAndPolicies(ValidationRules rules) {
        this.rules = rules;
    }

    @Override
    public void check(Invoice invoice, Findings findings) {
        List<InvoiceLine> lines = invoice.lines();
        for (int i = 0; i < lines.size(); i++) {
            InvoiceLine line = lines.get(i);
            if (line.lineNature() != null && !LINE_NATURES.contains(line.lineNature())) {
                findings.add(Rule.LINE_NATURE, Findings.line(i, "lineNature"));
            }
            if (line.taxRate() != null) {
                checkRate(line.taxRate(), i, findings);
                checkPolicy(line.taxRate(), line.preferentialPolicy(), i, findings);
            }
        }
    }

    private void checkRate(BigDecimal rate, int index, Findings findings) {
        if (!rules.allows(rate)) {
            BigDecimal asFraction = rate.divide(HUNDRED);
            String fix = rules.allows(asFraction) ? asFraction.toPlainString() : null;
            findings.addWithFix(Rule.TAX_RATE_NOT_ALLOWED, Findings.line(index, "taxRate"), fix, allowedRates(rules));
        }
    }

    private static void checkPolicy(BigDecimal rate, String policy, int index, Findings findings) {
        if (policy == null || policy.isEmpty()) {
            if (rate.signum() == 0) {
                findings.add(Rule.ZERO_RATE_WITHOUT_POLICY, Findings.line(index, "preferentialPolicy"));
            }
            return;
        }
        if (!fitsRate(policy, rate)) {
            findings.add(Rule.POLICY_FLAG_MISMATCH, Findings.line(index, "preferentialPolicy"));
        }
    }

    private static boolean fitsRate(String policy, BigDecimal rate) {
        if (ZERO_RATE_FLAGS.contains(policy)) {
            return rate.signum() == 0;
        }
        if (REDUCED_TO_ONE_AND_A_HALF.equals(policy)) {
            return rate.compareTo(REDUCED_LEVY) == 0;
        }
        return SIMPLIFIED_LEVY_FLAGS.contains(policy);
    }

    static String allowedRates(ValidationRules rules) {
        StringBuilder text = new StringBuilder();
        for (BigDecimal rate : rules.allowedRates()) {
            text.append(text.isEmpty() ? "" : ", ").append(rate.toPlainString());
        }
        return text.toString();
    }
}
