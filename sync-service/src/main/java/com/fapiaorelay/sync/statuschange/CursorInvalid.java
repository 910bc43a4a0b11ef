package com.fapiaorelay.sync.statuschange;

import com.fapiaorelay.kit.web.ApiProblem;
import org.springframework.http.HttpStatus;

/** A {@code since} that no answer of ours ever gave. */
class CursorInvalid extends ApiProblem {

    private CursorInvalid(String detail) {
        super(HttpStatus.BAD_REQUEST, "cursor-invalid", "Cursor invalid", detail);
    }

    static CursorInvalid of(String token) {
        return new CursorInvalid("游标 '" + token + "' 无效：请使用上次答复中的 next，或不带 since 从头读取 / cursor '" + token
                + "' is not one we gave: pass the last answer's next, or leave since out to read from the start");
    }
}
