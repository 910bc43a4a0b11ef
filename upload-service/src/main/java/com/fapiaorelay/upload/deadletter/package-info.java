/** Dead-lettered submissions: made visible as UNREADABLE with an anomaly, and replayed by key by an operator. */
package com.fapiaorelay.upload.deadletter;
