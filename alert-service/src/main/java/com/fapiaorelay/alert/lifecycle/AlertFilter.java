package com.fapiaorelay.alert.lifecycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which alerts the list endpoint returns; every criterion is optional. */
record AlertFilter(AlertState state, String type, String seller, Long group, Long before, int limit) {

    static final int MAX_LIMIT = 500;

    AlertFilter {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    /** Named parameters of the criteria that are set, by column. */
    Map<String, Object> criteria() {
        Map<String, Object> criteria = new LinkedHashMap<>();
        if (state != null) criteria.put("state", state.name());
        if (type != null) criteria.put("anomaly_type", type);
        if (seller != null) criteria.put("seller_tax_id", seller);
        if (group != null) criteria.put("group_id", group);
        return criteria;
    }

    String whereClause() {
        List<String> conditions = new ArrayList<>();
        criteria().keySet().forEach(column -> conditions.add(column + " = :" + column));
        if (before != null) conditions.add("id < :before");
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }
}
