/** The demo: invoices published as an ERP would, followed through the stack until every one is accounted for. */
package com.fapiaorelay.standalone.demo;
