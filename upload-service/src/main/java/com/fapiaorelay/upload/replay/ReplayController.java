package com.fapiaorelay.upload.replay;

import com.fapiaorelay.common.invoice.InvoiceKey;
import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/admin/replays}: how many invoices went back into the upload queue, and which. */
@RestController
@RequestMapping("/api/v1/admin/replays")
class ReplayController {

    private final Replays replays;

    ReplayController(Replays replays) {
        this.replays = replays;
    }

    @PostMapping
    Replayed replay(@RequestBody ReplayRequest request, Principal caller) {
        List<String> keys = replays.replay(request, caller.getName()).stream()
                .map(InvoiceKey::toString)
                .toList();
        return new Replayed(keys.size(), keys);
    }

    record Replayed(int requeued, List<String> keys) {}
}
