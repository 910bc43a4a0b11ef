package com.fapiaorelay.sync.ledger;

/** A search asked for a page size or offset outside what we serve. */
class PagingOutOfRange extends RuntimeException {

    private PagingOutOfRange(String message) {
        super(message);
    }

    static PagingOutOfRange of(int limit, int offset, int maxLimit) {
        return new PagingOutOfRange(
                "limit must be 1.." + maxLimit + " and offset at least 0; got limit " + limit + ", offset " + offset);
    }
}
