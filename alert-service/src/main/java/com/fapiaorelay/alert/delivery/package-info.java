/** Delivery of sealed alert groups to on-call channels, with retry and a log of every attempt. */
package com.fapiaorelay.alert.delivery;
