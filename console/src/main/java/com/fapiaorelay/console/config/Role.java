package com.fapiaorelay.console.config;

import java.util.EnumSet;

/**
 * What a person may do. Each role includes the ones before it: an ADMIN may review, a REVIEWER may enter corrections.
 * Reviewing one's own correction is refused whatever the role.
 */
public enum Role {
    VIEWER,
    OPERATOR,
    REVIEWER,
    ADMIN;

    /** This role's name and those of every role it includes, as Spring Security's role names. */
    public String[] withIncluded() {
        return EnumSet.range(VIEWER, this).stream().map(Role::name).toArray(String[]::new);
    }
}
