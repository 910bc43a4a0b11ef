/** The invoice ledger: status events in, state and timeline out, and the "where is my invoice?" API. */
package com.fapiaorelay.sync.ledger;
