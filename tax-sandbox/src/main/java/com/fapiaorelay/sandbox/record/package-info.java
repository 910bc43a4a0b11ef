/** The tax system's records: what was stored, when it becomes visible, and how often each number was uploaded. */
package com.fapiaorelay.sandbox.record;
