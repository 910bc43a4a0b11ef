/** Alerts from alert-service: list, acknowledge, resolve, in the operator's name. */
package com.fapiaorelay.console.alert;
