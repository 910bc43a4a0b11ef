/**
 * The ERP's side of Fapiao Relay in plain Java: {@link com.fapiaorelay.client.FapiaoClient} publishes invoices and
 * declared totals to Kafka, checked as the relay will check them; {@link com.fapiaorelay.client.CallbackSignature}
 * verifies a status callback.
 */
package com.fapiaorelay.client;
