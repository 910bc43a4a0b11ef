package com.fapiaorelay.console.queue;

import com.fapiaorelay.console.backend.LedgerPage;
import com.fapiaorelay.console.backend.SyncApi;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class WorkQueueController {

    private static final int PER_STATE = 200;

    private final SyncApi sync;

    WorkQueueController(SyncApi sync) {
        this.sync = sync;
    }

    @GetMapping("/queue")
    String queue(Model model) {
        List<LedgerPage> pages = sync.needingHuman(PER_STATE);
        model.addAttribute("items", oldestFirst(pages));
        model.addAttribute("total", pages.stream().mapToLong(LedgerPage::total).sum());
        return "queue";
    }

    private static List<LedgerPage.Line> oldestFirst(List<LedgerPage> pages) {
        return pages.stream()
                .flatMap(page -> page.items().stream())
                .sorted(Comparator.comparing(
                        LedgerPage.Line::updatedAt, Comparator.nullsLast(Comparator.<OffsetDateTime>naturalOrder())))
                .toList();
    }
}
