package com.fapiaorelay.console.overview;

import com.fapiaorelay.common.invoice.InvoiceState;
import com.fapiaorelay.common.time.BusinessDays;
import com.fapiaorelay.console.backend.AlertApi;
import com.fapiaorelay.console.backend.SyncApi;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class OverviewController {

    private static final int RECENT_ALERTS = 10;

    private final SyncApi sync;
    private final AlertApi alerts;
    private final Clock clock;

    OverviewController(SyncApi sync, AlertApi alerts, Clock clock) {
        this.sync = sync;
        this.alerts = alerts;
        this.clock = clock;
    }

    @GetMapping("/")
    String overview(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        LocalDate today = BusinessDays.today(clock);
        LocalDate periodFrom = from == null ? today.minusDays(6) : from;
        LocalDate periodTo = to == null ? today : to;
        model.addAttribute("states", List.of(InvoiceState.values()));
        model.addAttribute("today", sync.counts(null, today, today));
        model.addAttribute("from", periodFrom);
        model.addAttribute("to", periodTo);
        model.addAttribute("period", sync.counts(null, periodFrom, periodTo));
        model.addAttribute("alerts", alerts.recent("FIRING", RECENT_ALERTS));
        return "overview";
    }
}
