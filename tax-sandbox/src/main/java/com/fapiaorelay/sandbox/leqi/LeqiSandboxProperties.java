package com.fapiaorelay.sandbox.leqi;

import com.fapiaorelay.common.tax.leqi.LeqiSettings;
import com.fapiaorelay.common.tax.leqi.Sm4;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one 乐企 unit the sandbox serves and its SM4 key: {@code fapiao.sandbox.leqi.*}. The defaults are the
 * development identity the services use out of the box ({@link LeqiSettings#development}).
 */
@ConfigurationProperties("fapiao.sandbox.leqi")
record LeqiSandboxProperties(
        @DefaultValue(LeqiSettings.DEVELOPMENT_ACCESS_UNIT) String accessUnit,
        @DefaultValue(LeqiSettings.DEVELOPMENT_USER_UNIT) String userUnit,
        @DefaultValue(LeqiSettings.DEVELOPMENT_SM4_KEY) String sm4Key,
        @DefaultValue("500") int batchLimit) {

    Sm4 cipher() {
        return Sm4.withHexKey(sm4Key);
    }
}
