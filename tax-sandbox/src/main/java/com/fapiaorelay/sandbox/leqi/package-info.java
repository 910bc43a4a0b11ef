/** The 乐企 wire (QDFPSC, CXQDFPSCJG, SM4 bodies) over the same store, faults and statistics as the reference one. */
package com.fapiaorelay.sandbox.leqi;
