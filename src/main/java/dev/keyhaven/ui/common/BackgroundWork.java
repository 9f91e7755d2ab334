package dev.keyhaven.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs slow work (key derivation, disk, network) away from the JavaFX thread and hands the result back
 * to it. View models take one of these, so tests can run them on the calling thread with
 * {@link #inline()}.
 */
public final class BackgroundWork {

    /** Work that returns a value and may fail. */
    @FunctionalInterface
    public interface Job<T> {
        T run() throws Exception;
    }

    private final Executor background;
    private final Executor ui;

    public BackgroundWork(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
    }

    /** Daemon worker threads, results on the JavaFX thread. */
    public static BackgroundWork forApp() {
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "keyhaven-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new BackgroundWork(workers, Platform::runLater);
    }

    /** Everything on the calling thread: for view-model tests without a screen. */
    public static BackgroundWork inline() {
        return new BackgroundWork(Runnable::run, Runnable::run);
    }

    /** Runs {@code job} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    public <T> void run(Job<T> job, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        background.execute(() -> {
            T result;
            try {
                result = job.run();
            } catch (Exception e) {
                ui.execute(() -> onFailure.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    /** Runs {@code task} in the background, ignoring its outcome except for logging failures. */
    public void runQuietly(Runnable task) {
        background.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                ErrorReporter.log(e);
            }
        });
    }
}
