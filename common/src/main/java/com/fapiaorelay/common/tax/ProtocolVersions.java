package com.fapiaorelay.common.tax;

import com.fapiaorelay.common.json.FapiaoJson;
import com.fapiaorelay.common.tax.protocol.TaxProtocol;
import com.fapiaorelay.common.tax.protocol.TaxProtocol.VersionAnnouncement;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.core.JacksonException;

/** The version the server announced, asked once and again after it retires one; v2 preferred. */
class ProtocolVersions {

    private final SignedHttp http;
    private volatile String chosen;

    ProtocolVersions(SignedHttp http) {
        this.http = http;
    }

    /** The version to speak; v2 while the server cannot be asked, so the call itself reports the failure. */
    String current() {
        String version = chosen;
        if (version == null) {
            version = ask();
        }
        return version == null ? TaxProtocol.V2 : version;
    }

    /** Asks the server again; true when the version to speak changed. */
    boolean renegotiate() {
        String before = current();
        chosen = null;
        return !before.equals(current());
    }

    boolean onlyV1() {
        return current().equals(TaxProtocol.V1);
    }

    private String ask() {
        try {
            HttpResponse<String> response = http.get(TaxProtocol.VERSION_PATH);
            if (response.statusCode() != 200) {
                return null;
            }
            List<String> versions = FapiaoJson.mapper()
                    .readValue(response.body(), VersionAnnouncement.class)
                    .versions();
            chosen = versions.contains(TaxProtocol.V2)
                    ? TaxProtocol.V2
                    : versions.contains(TaxProtocol.V1) ? TaxProtocol.V1 : null;
            return chosen;
        } catch (IOException | JacksonException e) {
            return null;
        }
    }
}
