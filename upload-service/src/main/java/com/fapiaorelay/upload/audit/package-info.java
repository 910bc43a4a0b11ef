/** The append-only audit log: who did what, when, for which seller. */
package com.fapiaorelay.upload.audit;
