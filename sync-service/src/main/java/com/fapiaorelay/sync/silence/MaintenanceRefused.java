package com.fapiaorelay.sync.silence;

import com.fapiaorelay.kit.web.ApiProblem;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** A maintenance declaration we cannot accept, or a source or window that is not there. */
class MaintenanceRefused extends ApiProblem {

    private MaintenanceRefused(HttpStatus status, String type, String title, String code, String field, String detail) {
        super(status, type, title, detail);
        with("code", code);
        with("field", field);
    }

    static MaintenanceRefused unknownSource(String name) {
        return new MaintenanceRefused(
                HttpStatus.NOT_FOUND,
                "silent-source-not-found",
                "Source not watched",
                "source-unknown",
                "name",
                "没有名为 " + name + " 的受监控来源 / no watched source " + name
                        + "; sources are configured in fapiao.sync.silence.sources");
    }

    static MaintenanceRefused unknownWindow(UUID id) {
        return new MaintenanceRefused(
                HttpStatus.NOT_FOUND,
                "maintenance-not-found",
                "Maintenance not found",
                "maintenance-unknown",
                "id",
                "没有编号为 " + id + " 的维护窗口 / no maintenance " + id);
    }

    static MaintenanceRefused window(Duration longest) {
        return invalid(
                "window-invalid",
                "until",
                "维护须在将来结束、晚于开始且不超过 " + longest.toHours() + " 小时 / until must be in the future, after from,"
                        + " and at most " + longest.toHours() + " h after it");
    }

    static MaintenanceRefused reason() {
        return invalid("reason-missing", "reason", "请说明维护原因 / give a reason");
    }

    private static MaintenanceRefused invalid(String code, String field, String detail) {
        return new MaintenanceRefused(
                HttpStatus.BAD_REQUEST, "maintenance-invalid", "Maintenance invalid", code, field, detail);
    }
}
