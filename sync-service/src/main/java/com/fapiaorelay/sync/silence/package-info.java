/** ERP sources that go quiet beyond their expected cadence: one anomaly per silence, resolved when they speak again. */
package com.fapiaorelay.sync.silence;
