package com.fapiaorelay.alert.alert;

/** Body of acknowledge and resolve: who takes the action. */
record ActionRequest(String by) {}
