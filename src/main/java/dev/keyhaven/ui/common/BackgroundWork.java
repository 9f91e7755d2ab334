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
 *
 * <p>The lock calls {@link #dropPendingResults()}: work started before it still finishes, but its
 * result never reaches the screen, the clipboard or a view model; a closeable result (a Secret,
 * Credentials, a prepared restore) is closed instead, and the work's {@code onDropped}, if it has one, runs.
 */
public final class BackgroundWork {

    /** Work that returns a value and may fail. */
    @FunctionalInterface
    public interface Job<T> {
        T run() throws Exception;
    }

    private final Executor background;
    private final Executor ui;
    /** Bumped by {@link #dropPendingResults()}; compared on the UI thread when a result arrives. */
    private volatile int generation;

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
        run(job, onSuccess, onFailure, () -> { });
    }

    /**
     * As {@link #run(Job, Consumer, Consumer)}; when a lock drops the outcome, {@code onDropped} runs on the UI thread
     * instead (after a closeable result is closed), so work that must end in something said or undone still does.
     */
    public <T> void run(Job<T> job, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure,
                        Runnable onDropped) {
        int started = generation;
        background.execute(() -> {
            T result;
            try {
                result = job.run();
            } catch (Exception e) {
                ui.execute(() -> {
                    if (started == generation) {
                        onFailure.accept(e);
                    } else {
                        onDropped.run();
                    }
                });
                return;
            }
            ui.execute(() -> {
                if (started == generation) {
                    onSuccess.accept(result);
                } else {
                    closeIfCloseable(result);
                    onDropped.run();
                }
            });
        });
    }

    /**
     * Results of work started before this call are dropped when they arrive (closeable ones closed);
     * call it on the UI thread when the vault locks.
     */
    public void dropPendingResults() {
        generation++;
    }

    private static void closeIfCloseable(Object result) {
        if (result instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                ErrorReporter.log(e);
            }
        }
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
