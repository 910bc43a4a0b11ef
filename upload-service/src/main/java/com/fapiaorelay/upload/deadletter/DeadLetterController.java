package com.fapiaorelay.upload.deadletter;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/admin/dead-letters/replays} with {@code {"key": "seller:number"}}: where it was replayed from. */
@RestController
@RequestMapping("/api/v1/admin/dead-letters/replays")
class DeadLetterController {

    private final DeadLetterReplays replays;

    DeadLetterController(DeadLetterReplays replays) {
        this.replays = replays;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeadLetterReplays.Replayed replay(@RequestBody ReplayByKey request, Principal caller) {
        return replays.replay(request.key(), caller.getName());
    }

    record ReplayByKey(String key) {}
}
