package com.fapiaorelay.alert.lifecycle;

import java.util.List;

/** An alert with its lifecycle history, oldest action first. */
record AlertDetails(Alert alert, List<AlertAction> actions) {}
