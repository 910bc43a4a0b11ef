/** The REST surface's shared parts: domain failures as RFC 9457 problem details, in one place. */
package com.fapiaorelay.upload.web;
