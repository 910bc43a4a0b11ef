/** Invoice validation: every finding names the field, says what is wrong in Chinese and English, and offers the fix. */
package com.fapiaorelay.common.validation;
