package com.fapiaorelay.sync.statuschange;

import java.util.List;

/** A page of changes in commit order and the cursor to ask from next (the same one when nothing new was there). */
record StatusChangePage(List<StatusChange> changes, String next) {}
