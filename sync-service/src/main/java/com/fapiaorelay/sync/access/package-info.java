/**
 * Who may read: people and services through the kit's authentication, or an ERP API key (kept by upload-service)
 * scoped to its sellers.
 */
package com.fapiaorelay.sync.access;
