package com.fapiaorelay.alert.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertFilterTest {

    @Test
    void onlySetCriteriaBecomeConditions() {
        AlertFilter filter = new AlertFilter(AlertState.FIRING, null, "91110108MA01AB3CX1", null, 42L, 50);

        assertThat(filter.whereClause())
                .isEqualTo("WHERE state = :state AND seller_tax_id = :seller_tax_id AND id < :before");
        assertThat(filter.criteria()).containsOnlyKeys("state", "seller_tax_id");
    }

    @Test
    void aGroupSelectsItsAlertsOnly() {
        AlertFilter filter = new AlertFilter(null, null, null, 7L, null, 50);

        assertThat(filter.whereClause()).isEqualTo("WHERE group_id = :group_id");
        assertThat(filter.criteria()).containsEntry("group_id", 7L);
    }

    @Test
    void noCriteriaMeansNoWhereClause() {
        assertThat(new AlertFilter(null, null, null, null, null, 50).whereClause())
                .isEmpty();
    }

    @Test
    void limitIsKeptBetweenOneAndTheMaximum() {
        assertThat(new AlertFilter(null, null, null, null, null, 0).limit()).isEqualTo(1);
        assertThat(new AlertFilter(null, null, null, null, null, 100_000).limit())
                .isEqualTo(AlertFilter.MAX_LIMIT);
    }
}
