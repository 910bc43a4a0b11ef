/** Who may call: ERP API keys scoped to sellers, and the admin token guarding the admin endpoints. */
package com.fapiaorelay.upload.apikey;
