/** The operators' console: finance clerks and supervisors search, work the queue, re-enter and review invoices. */
package com.fapiaorelay.console;
