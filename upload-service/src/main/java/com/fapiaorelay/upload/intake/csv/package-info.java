/** CSV import for back-filling: a finance export in, one result per invoice and its rows out. */
package com.fapiaorelay.upload.intake.csv;
