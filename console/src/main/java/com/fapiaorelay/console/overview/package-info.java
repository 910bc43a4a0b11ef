/** The start page: invoices by state today and for a period, what needs a human now, recent alerts. */
package com.fapiaorelay.console.overview;
