/** Who may read: the operators' admin token, or an ERP API key (kept by upload-service) scoped to its sellers. */
package com.fapiaorelay.sync.access;
