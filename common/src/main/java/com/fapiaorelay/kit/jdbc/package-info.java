/** Plain helpers for the services' batched SQL. */
package com.fapiaorelay.kit.jdbc;
