package com.fapiaorelay.upload.reupload;

import com.fapiaorelay.common.event.ReuploadRequested;
import com.fapiaorelay.upload.submission.StateChange;
import com.fapiaorelay.upload.submission.StateTransitions;
import com.fapiaorelay.upload.submission.Submission;
import com.fapiaorelay.upload.submission.Submissions;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class Reuploads {

    private final Submissions submissions;
    private final StateTransitions transitions;

    Reuploads(Submissions submissions, StateTransitions transitions) {
        this.submissions = submissions;
        this.transitions = transitions;
    }

    /** Queues each invoice again unless its round was handled already; a replayed request changes nothing. */
    @Transactional
    void requeue(List<ReuploadRequested> requests) {
        for (ReuploadRequested request : requests) {
            if (submissions.requeue(request.key(), request.round())) {
                Submission requeued = submissions.find(request.key());
                transitions.announce(StateChange.to(requeued.invoice(), requeued.state(), requeued.version())
                        .because("REUPLOAD", request.reason()));
            }
        }
    }
}
