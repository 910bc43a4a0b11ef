package com.fapiaorelay.sync.callback;

import com.fapiaorelay.sync.access.Caller;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhooks over REST: register, list, remove, and the dead-letter view and replay, for the caller's own sellers. */
@RestController
@RequestMapping("/api/v1/callbacks")
class CallbackController {

    private static final int MAX_LIMIT = 500;

    private final Subscriptions subscriptions;

    CallbackController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SubscriptionView register(@RequestBody CallbackRequest request, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return subscriptions.register(request, caller);
    }

    @GetMapping
    List<SubscriptionView> list(@RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return subscriptions.visibleTo(caller);
    }

    @GetMapping("/{id}")
    SubscriptionView one(@PathVariable UUID id, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return subscriptions.find(id, caller);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID id, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        subscriptions.remove(id, caller);
    }

    @GetMapping("/{id}/dead-letters")
    List<DeadLetter> deadLetters(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "100") int limit,
            @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return subscriptions.deadLetters(id, caller, Math.min(Math.max(limit, 1), MAX_LIMIT));
    }

    /** Puts every dead letter back in the queue; answers how many. */
    @PostMapping("/{id}/dead-letters/replay")
    Map<String, Integer> replay(@PathVariable UUID id, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
        return Map.of("replayed", subscriptions.replayDeadLetters(id, caller));
    }
}
