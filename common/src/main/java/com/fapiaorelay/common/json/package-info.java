/** The one JSON configuration every service and the tax interface client share. */
package com.fapiaorelay.common.json;
