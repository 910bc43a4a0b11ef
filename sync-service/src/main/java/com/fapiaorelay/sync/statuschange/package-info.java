/** Every status change of the ledger, read by cursor in commit order: the pull API, and what callbacks send. */
package com.fapiaorelay.sync.statuschange;
