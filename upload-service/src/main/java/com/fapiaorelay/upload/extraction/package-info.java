/** {@code POST /api/v1/extractions}: an ERP sends an invoice file and gets the draft, its sources and its findings. */
package com.fapiaorelay.upload.extraction;
