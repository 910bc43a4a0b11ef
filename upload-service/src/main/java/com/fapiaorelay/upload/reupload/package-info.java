/** Re-upload: sync-service asks for another round when an uploaded invoice never became visible. */
package com.fapiaorelay.upload.reupload;
