/** Signed requests: app ids and secrets, the HMAC check, stale timestamps and reused nonces refused. */
package com.fapiaorelay.sandbox.signing;
