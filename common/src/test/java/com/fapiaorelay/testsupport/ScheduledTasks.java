package com.fapiaorelay.testsupport;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.config.Task;

/** What the application's scheduler was given: each {@code @Scheduled} method and its delay or cron. */
public final class ScheduledTasks {

    private ScheduledTasks() {}

    /** {@code fully.qualified.Class.method} to its interval ({@code PT1S}) or cron expression. */
    public static Map<String, String> of(ApplicationContext context) {
        Map<String, String> schedules = new TreeMap<>();
        context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .forEach(scheduled -> schedules.put(scheduled.toString(), timing(scheduled.getTask())));
        return schedules;
    }

    private static String timing(Task task) {
        if (task instanceof CronTask cron) {
            return cron.getExpression();
        }
        return task instanceof IntervalTask interval
                ? interval.getIntervalDuration().toString()
                : task.toString();
    }
}
