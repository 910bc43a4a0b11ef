package com.fapiaorelay.sync.statuschange;

import com.fapiaorelay.sync.access.Caller;
import com.fapiaorelay.sync.statuschange.StatusChangeRows.Row;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pull API: status changes after a cursor, in commit order, of the caller's sellers (every seller for a person).
 * Each invoice's changes come in version order.
 */
@RestController
class StatusChangeController {

    private static final int MAX_LIMIT = 1000;

    private final StatusChangeRows rows;

    StatusChangeController(StatusChangeRows rows) {
        this.rows = rows;
    }

    @GetMapping("/api/v1/status-changes")
    StatusChangePage changes(
            @RequestParam(required = false) String since,
            @RequestParam(defaultValue = "100") int limit,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        ChangeCursor from = ChangeCursor.parse(since);
        List<Row> page = rows.after(from, caller.sellersToSearch(null), Math.min(Math.max(limit, 1), MAX_LIMIT));
        ChangeCursor next = page.isEmpty() ? from : page.get(page.size() - 1).cursor();
        return new StatusChangePage(page.stream().map(Row::change).toList(), next.token());
    }
}
