package com.fapiaorelay.standalone.stack;

import com.fapiaorelay.alert.AlertServiceApplication;
import com.fapiaorelay.console.ConsoleApplication;
import com.fapiaorelay.sandbox.TaxSandboxApplication;
import com.fapiaorelay.sync.SyncServiceApplication;
import com.fapiaorelay.upload.UploadServiceApplication;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The Spring applications of the stack, in start order, each with its database schema. */
public enum ServicePart {
    SANDBOX(TaxSandboxApplication::application, "sandbox"),
    UPLOAD(UploadServiceApplication::application, "upload"),
    SYNC(SyncServiceApplication::application, "sync"),
    ALERT(AlertServiceApplication::application, "alert"),
    CONSOLE(ConsoleApplication::application, "console");

    private final Supplier<SpringApplicationBuilder> application;
    private final String schema;

    ServicePart(Supplier<SpringApplicationBuilder> application, String schema) {
        this.application = application;
        this.schema = schema;
    }

    public SpringApplicationBuilder application() {
        return application.get();
    }

    public String schema() {
        return schema;
    }
}
