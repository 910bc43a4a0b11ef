/** What every page shares: refusals shown in the person's language, and the error page. */
package com.fapiaorelay.console.web;
