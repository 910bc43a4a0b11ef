/** The 乐企 channel: SM4-encrypted 数电票上传 (QDFPSC) and its result query (CXQDFPSCJG) behind the tax SPI. */
package com.fapiaorelay.common.tax.leqi;
