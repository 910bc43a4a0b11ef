package com.fapiaorelay.standalone.cluster;

import com.fapiaorelay.standalone.stack.ServicePart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One process of the cluster topology: a part and, where the part runs more than once, which instance. Its name
 * ({@code kafka-2}, {@code upload-1}, {@code postgres}) is the role argument the process is started with.
 */
public record ClusterRole(Part part, int instance) {

    /** The parts in start order, how many processes each runs and the heap each gets. */
    public enum Part {
        POSTGRES(1, "64m"),
        KAFKA(3, "384m"),
        SANDBOX(1, "256m"),
        UPLOAD(2, "320m"),
        SYNC(2, "320m"),
        ALERT(2, "256m"),
        CONSOLE(1, "256m");

        private final int instances;
        private final String heap;

        Part(int instances, String heap) {
            this.instances = instances;
            this.heap = heap;
        }

        int instances() {
            return instances;
        }

        String heap() {
            return heap;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The Spring application this part runs, none for Kafka and PostgreSQL. */
        ServicePart service() {
            return switch (this) {
                case POSTGRES, KAFKA -> null;
                default -> ServicePart.valueOf(name());
            };
        }
    }

    static List<ClusterRole> all() {
        List<ClusterRole> roles = new ArrayList<>();
        for (Part part : Part.values()) {
            roles.addAll(of(part));
        }
        return roles;
    }

    static List<ClusterRole> of(Part part) {
        List<ClusterRole> roles = new ArrayList<>();
        for (int instance = 1; instance <= part.instances(); instance++) {
            roles.add(new ClusterRole(part, instance));
        }
        return roles;
    }

    static ClusterRole parse(String name) {
        String[] partAndInstance = name.split("-");
        Part part = Part.valueOf(partAndInstance[0].toUpperCase(Locale.ROOT));
        return new ClusterRole(part, partAndInstance.length > 1 ? Integer.parseInt(partAndInstance[1]) : 1);
    }

    String name() {
        return part.instances() == 1 ? part.label() : part.label() + "-" + instance;
    }
}
