/** Replay: an operator sends failed or rejected invoices round again, by key, seller or state. */
package com.fapiaorelay.upload.replay;
