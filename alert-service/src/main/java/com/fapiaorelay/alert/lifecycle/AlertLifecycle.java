package com.fapiaorelay.alert.lifecycle;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Moves alerts through FIRING, ACKNOWLEDGED and RESOLVED on a human's word, recording who and when. */
@Service
class AlertLifecycle {

    private final TransactionTemplate transaction;
    private final AlertRows alerts;
    private final AlertActionRows actions;

    AlertLifecycle(TransactionTemplate transaction, AlertRows alerts, AlertActionRows actions) {
        this.transaction = transaction;
        this.alerts = alerts;
        this.actions = actions;
    }

    AlertDetails acknowledge(long id, String by) {
        return move(id, AlertState.ACKNOWLEDGED, by);
    }

    AlertDetails resolve(long id, String by) {
        return move(id, AlertState.RESOLVED, by);
    }

    AlertDetails details(long id) {
        Alert alert = alerts.find(id).orElseThrow(() -> AlertNotFound.forId(id));
        return new AlertDetails(alert, actions.of(id));
    }

    private AlertDetails move(long id, AlertState target, String by) {
        String actor = ActorRequired.check(by);
        transaction.executeWithoutResult(status -> {
            AlertState current = alerts.lockState(id).orElseThrow(() -> AlertNotFound.forId(id));
            if (!current.canMoveTo(target)) {
                throw AlertTransitionNotAllowed.of(id, current, target);
            }
            alerts.changeState(id, target);
            actions.append(id, target, actor);
        });
        return details(id);
    }
}
