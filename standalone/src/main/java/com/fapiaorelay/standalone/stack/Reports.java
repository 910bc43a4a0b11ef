package com.fapiaorelay.standalone.stack;

import com.fapiaorelay.common.json.FapiaoJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON report a command leaves under {@code data/} for a person or a script to read afterwards. */
public final class Reports {

    private Reports() {}

    public static void write(Path file, Object report) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, FapiaoJson.mapper().writeValueAsString(report));
    }
}
