package com.fapiaorelay.upload.maintenance;

import com.fapiaorelay.kit.web.ApiProblem;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** A window that cannot be declared, or cancelled because there is no such window. */
class MaintenanceWindowInvalid extends ApiProblem {

    private MaintenanceWindowInvalid(HttpStatus status, String type, String title, String detail) {
        super(status, type, title, detail);
    }

    static MaintenanceWindowInvalid incomplete() {
        return invalid("请填写开始、结束时间和原因 / start, end and reason are required");
    }

    static MaintenanceWindowInvalid endsTooEarly() {
        return invalid("结束时间须晚于开始时间和现在 / the window must end after it starts, and in the future");
    }

    static MaintenanceWindowInvalid reasonTooLong() {
        return invalid("原因最多 " + MaintenanceWindowRequest.MAX_REASON_LENGTH + " 字 / the reason is at most "
                + MaintenanceWindowRequest.MAX_REASON_LENGTH + " characters");
    }

    static MaintenanceWindowInvalid notFound(UUID id) {
        return new MaintenanceWindowInvalid(
                HttpStatus.NOT_FOUND,
                "maintenance-window-not-found",
                "Maintenance window not found",
                "没有维护窗口 " + id + " / no maintenance window " + id);
    }

    private static MaintenanceWindowInvalid invalid(String detail) {
        return new MaintenanceWindowInvalid(
                HttpStatus.BAD_REQUEST, "maintenance-window-invalid", "Maintenance window invalid", detail);
    }
}
