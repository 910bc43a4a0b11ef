package com.fapiaorelay.sandbox.admin;

import com.fapiaorelay.sandbox.fault.FaultSettings;
import com.fapiaorelay.sandbox.fault.Faults;
import com.fapiaorelay.sandbox.fault.InjectedFaults;
import com.fapiaorelay.sandbox.record.RecordStatisticsRows;
import com.fapiaorelay.sandbox.record.RecordStatisticsRows.SellerDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/sandbox")
class AdminController {

    private static final Logger log = LoggerFactory.getLogger(AdminController.class);

    private final RecordStatisticsRows statistics;
    private final Faults faults;

    AdminController(RecordStatisticsRows statistics, Faults faults) {
        this.statistics = statistics;
        this.faults = faults;
    }

    @GetMapping("/statistics")
    Statistics statistics() {
        RecordStatisticsRows.UploadStatistics totals = statistics.totals();
        return new Statistics(
                totals.records(),
                totals.uploads(),
                totals.repeatedUploads(),
                totals.invoicesUploadedMoreThanOnce(),
                totals.duplicateAnswers(),
                statistics.perSellerAndDay(),
                faults.injected());
    }

    @GetMapping("/faults")
    FaultState faults() {
        return new FaultState(faults.settings().asMap(), faults.injected());
    }

    /** Replaces the settings with those given, as JSON {@code {"error-rate": 0.05, "seed": 7}}. */
    @PutMapping(path = "/faults", consumes = MediaType.APPLICATION_JSON_VALUE)
    FaultState replace(@RequestBody Map<String, Object> settings) {
        Map<String, String> values = new LinkedHashMap<>();
        settings.forEach((name, value) -> values.put(name, String.valueOf(value)));
        return apply(FaultSettings.of(values));
    }

    /** Replaces the settings with those given in the comma form {@code error-rate=0.05,seed=7}. */
    @PutMapping(path = "/faults", consumes = MediaType.TEXT_PLAIN_VALUE)
    FaultState replace(@RequestBody String settings) {
        return apply(FaultSettings.parse(settings));
    }

    @DeleteMapping("/faults")
    FaultState switchOff() {
        return apply(FaultSettings.NONE);
    }

    private FaultState apply(FaultSettings settings) {
        faults.apply(settings);
        log.info("faults now {}", settings);
        return faults();
    }

    /** Totals as before plus duplicate answers, what each seller's day holds, and the faults injected so far. */
    record Statistics(
            long records,
            long uploads,
            long repeatedUploads,
            long invoicesUploadedMoreThanOnce,
            long duplicateAnswers,
            List<SellerDay> perSellerAndDay,
            InjectedFaults.Counts injectedFaults) {}

    record FaultState(Map<String, String> settings, InjectedFaults.Counts injected) {}
}
