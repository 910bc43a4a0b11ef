package com.fapiaorelay.kit.auth;

/**
 * The roles endpoints ask for. People have VIEWER, OPERATOR, REVIEWER or ADMIN, each including the ones before it;
 * ERP is an API key; the others are what one calling service may do and nothing more.
 */
public final class Roles {

    public static final String VIEWER = "VIEWER";
    public static final String OPERATOR = "OPERATOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String ADMIN = "ADMIN";
    public static final String ERP = "ERP";
    /** Prometheus scraping {@code /actuator/prometheus}. */
    public static final String METRICS = "METRICS";
    /** Another service asking upload-service which sellers an API key holds. */
    public static final String KEY_INTROSPECTION = "KEY_INTROSPECTION";
    /** Alertmanager posting its alerts to alert-service. */
    public static final String ALERT_SOURCE = "ALERT_SOURCE";

    /** People's roles, lowest first. */
    static final String[] PEOPLE = {VIEWER, OPERATOR, REVIEWER, ADMIN};

    private Roles() {}

    static String hierarchy() {
        StringBuilder lines = new StringBuilder();
        for (int i = PEOPLE.length - 1; i > 0; i--) {
            lines.append("ROLE_")
                    .append(PEOPLE[i])
                    .append(" > ROLE_")
                    .append(PEOPLE[i - 1])
                    .append('\n');
        }
        return lines.toString();
    }
}
