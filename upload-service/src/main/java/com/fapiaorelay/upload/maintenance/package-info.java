/** Maintenance windows ops declare at run time: stored, listed, cancelled, and asked by the upload gate. */
package com.fapiaorelay.upload.maintenance;
