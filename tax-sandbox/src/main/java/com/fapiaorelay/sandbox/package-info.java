/** tax-sandbox: a simulator of the tax interface protocol that keeps its records in PostgreSQL. */
package com.fapiaorelay.sandbox;
