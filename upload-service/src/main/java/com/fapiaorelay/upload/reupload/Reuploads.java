package com.fapiaorelay.upload.reupload;

import com.fapiaorelay.common.event.ReuploadRequested;
import com.fapiaorelay.upload.submission.Submissions;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class Reuploads {

    private final Submissions submissions;

    Reuploads(Submissions submissions) {
        this.submissions = submissions;
    }

    /** Queues each invoice again unless its round was handled already; a replayed request changes nothing. */
    @Transactional
    void requeue(List<ReuploadRequested> requests) {
        requests.forEach(request -> submissions.requeue(request.key(), request.round(), request.reason()));
    }
}
