/** The work queue: every invoice automation has given up on, oldest first, with the reason and what to do. */
package com.fapiaorelay.console.queue;
