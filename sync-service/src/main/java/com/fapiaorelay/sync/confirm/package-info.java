/** Confirmation: looks uploaded invoices up in the tax system; CONFIRMED, MISSING with re-upload, or MISMATCH. */
package com.fapiaorelay.sync.confirm;
