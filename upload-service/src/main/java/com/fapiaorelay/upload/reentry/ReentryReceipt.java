package com.fapiaorelay.upload.reentry;

import java.net.URI;

/** What became of an approved re-entry: the invoice now in the pipeline, how intake took it, where to follow it. */
record ReentryReceipt(String key, String outcome, String superseded, URI statusUrl) {}
