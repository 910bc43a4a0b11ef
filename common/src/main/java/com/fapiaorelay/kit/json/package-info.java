/** Makes Spring's JSON mapper follow our contract conventions. */
package com.fapiaorelay.kit.json;
