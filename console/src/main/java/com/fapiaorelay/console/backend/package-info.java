/** The three services' REST APIs as the console reads and calls them; the console keeps no invoice state itself. */
package com.fapiaorelay.console.backend;
