package com.fapiaorelay.common.tax;

/** The one class of answer a caller acts on, whatever the wire said. */
public enum UploadOutcome {
    /** Stored; the receipt id is the acceptance serial number. */
    ACCEPTED,
    /** Already held with identical content: success, keep the original receipt. */
    DUPLICATE,
    /** Already held with different content: a human must decide. */
    CONFLICT,
    /** Refused for good, with the authority's code. */
    REJECTED,
    /** Not taken now (overload, quota, maintenance): try again after the wait. */
    RETRYABLE,
    /** Timeout, cut connection or a 5xx other than 503: it may or may not have arrived; look it up before resending. */
    UNKNOWN,
    /**
     * The endpoint refused the request itself (a wrong URL's 404, a proxy's 403 or 413, a body the server could not
     * read): nothing was stored and the invoices are not at fault. Ops must fix the endpoint; resending is safe.
     */
    ENDPOINT_FAILED
}
