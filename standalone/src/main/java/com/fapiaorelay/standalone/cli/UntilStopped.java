package com.fapiaorelay.standalone.cli;

import java.util.concurrent.CountDownLatch;

/** {@code run} and {@code cluster} stay up until Ctrl-C; then what they started closes gracefully. */
final class UntilStopped {

    private UntilStopped() {}

    static void await(AutoCloseable running) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(running, stopped)));
        System.out.println("Ctrl-C 停止 / to stop");
        stopped.await();
    }

    private static void closeQuietly(AutoCloseable running, CountDownLatch stopped) {
        try {
            running.close();
        } catch (Exception e) {
            System.err.println("shutdown: " + e);
        } finally {
            stopped.countDown();
        }
    }
}
