package com.fapiaorelay.standalone.chaos;

import com.fapiaorelay.standalone.chaos.ChaosDuplicate.Verdict;
import com.fapiaorelay.standalone.chaos.ChaosEvent.Applied;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The campaign's result, written to data/chaos-report.json. The invariant holds when every invoice is CONFIRMED or
 * needs a human with an alert raised, none is unaccounted for, and every duplicate upload follows an UNKNOWN outcome.
 */
public record ChaosReport(
        int invoices,
        long seed,
        double seconds,
        boolean invariantHolds,
        List<String> disruptions,
        Map<String, Long> disruptionsByKind,
        long failedDisruptions,
        Map<String, Long> injectedFaults,
        Map<String, Long> byState,
        long confirmed,
        long withHumanAndAlert,
        long unaccounted,
        Map<String, Long> unaccountedByReason,
        List<String> unaccountedEvidence,
        List<String> missingEvidence,
        long duplicateUploads,
        long invoicesUploadedMoreThanOnce,
        Map<String, Long> duplicatesByVerdict,
        List<String> duplicateEvidence,
        int unpublished) {

    /** The invariant held and every planned disruption really happened. */
    public boolean passed() {
        return invariantHolds && failedDisruptions == 0;
    }

    static ChaosReport of(ChaosPlan plan, double seconds, List<Applied> applied, ChaosCheck check) {
        Map<String, Long> verdicts = check.duplicates().stream()
                .collect(Collectors.groupingBy(d -> d.verdict().name(), TreeMap::new, Collectors.counting()));
        ChaosOutcome outcome = check.outcome();
        boolean holds = outcome.unaccountedCount() == 0
                && verdicts.getOrDefault(Verdict.UNEXPLAINED.name(), 0L) == 0
                && check.unpublished() == 0;
        return new ChaosReport(
                plan.invoices(),
                plan.seed(),
                seconds,
                holds,
                applied.stream().map(ChaosReport::describe).toList(),
                applied.stream()
                        .collect(
                                Collectors.groupingBy(a -> a.disruption().name(), TreeMap::new, Collectors.counting())),
                applied.stream().filter(a -> a.error() != null).count(),
                check.injectedFaults(),
                outcome.byState(),
                outcome.confirmed(),
                outcome.withHumanAndAlert(),
                outcome.unaccountedCount(),
                outcome.unaccountedByReason(),
                check.unaccountedEvidence(),
                check.missingEvidence(),
                check.repeatedUploads(),
                check.duplicates().size(),
                verdicts,
                check.duplicateEvidence(),
                check.unpublished());
    }

    private static String describe(Applied applied) {
        return String.format(
                "%7.1fs %s %s, %.1fs%s",
                applied.atSeconds(),
                applied.disruption(),
                applied.target(),
                applied.tookSeconds(),
                applied.error() == null ? "" : ", FAILED: " + applied.error());
    }
}
