/** Not part of the protocol: what the sandbox holds, and the faults switched on, for tests and the demo. */
package com.fapiaorelay.sandbox.admin;
