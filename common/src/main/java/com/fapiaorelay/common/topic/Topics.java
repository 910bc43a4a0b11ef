package com.fapiaorelay.common.topic;

/** Kafka topic names shared by every service and by the ERPs that publish to us. */
public final class Topics {

    public static final String INVOICES_SUBMITTED = "fapiao.invoices.submitted";
    public static final String INVOICES_SUBMITTED_DLT = "fapiao.invoices.submitted-dlt";
    public static final String INVOICES_STATUS = "fapiao.invoices.status";
    public static final String INVOICES_REUPLOAD = "fapiao.invoices.reupload";
    public static final String ANOMALIES = "fapiao.anomalies";
    /** ERPs' declared totals ({@code ErpTotalsDeclared}), keyed by seller tax ID. */
    public static final String ERP_DECLARATIONS = "fapiao.erp.declarations";

    private Topics() {}
}
