/** upload-service: takes invoices in, validates them and uploads them to the tax interface. */
package com.fapiaorelay.upload;
