/** Infrastructure wiring: the tax interface client and typed configuration. */
package com.fapiaorelay.upload.config;
