/** What upload-service holds for one invoice: the content as received and every upload attempt, for operators. */
package com.fapiaorelay.upload.history;
