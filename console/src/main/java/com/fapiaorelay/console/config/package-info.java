/** Log-in and roles, language, and the console's own settings. */
package com.fapiaorelay.console.config;
