package com.fapiaorelay.alert.alert;

import java.util.List;

/** An alert with its lifecycle history, oldest action first. */
record AlertDetails(Alert alert, List<AlertAction> actions) {}
