package com.fapiaorelay.sync.ledger;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** A search asked for a page size or offset outside what we serve. */
class PagingOutOfRange extends ApiProblem {

    private PagingOutOfRange(String detail) {
        super(HttpStatus.BAD_REQUEST, "paging-out-of-range", "Paging out of range", detail);
    }

    static PagingOutOfRange of(int limit, int offset, int maxLimit) {
        return new PagingOutOfRange(
                "limit must be 1.." + maxLimit + " and offset at least 0; got limit " + limit + ", offset " + offset);
    }
}
