/** CSV downloads for spreadsheet users: UTF-8 with a byte-order mark, so Excel shows Chinese text correctly. */
package com.fapiaorelay.sync.csv;
