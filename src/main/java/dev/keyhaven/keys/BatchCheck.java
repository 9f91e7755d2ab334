package dev.keyhaven.keys;

import dev.keyhaven.okx.StopSignal;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks several stored keys, a few at a time, within OKX's rate limits. OKX counts the account
 * endpoints per account (account/config: 5 requests per 2 s), so keys last seen on the same account
 * run one after another with {@link #SAME_ACCOUNT_SPACING} between them; keys of different accounts run
 * side by side, at most {@code parallelism} at once. The server clock is read once per host by the
 * checker, within public/time's 10 per 2 s. Blocks until done: call it off the JavaFX thread.
 */
public final class BatchCheck {

    /** Keys checked at the same time. */
    public static final int DEFAULT_PARALLELISM = 4;
    /** account/config allows 5 requests per 2 s per account: one every 400 ms stays within it. */
    public static final Duration SAME_ACCOUNT_SPACING = Duration.ofMillis(400);

    /** Hears about each key as its check starts and ends; called on the checking threads. */
    public interface Listener {
        void started(KeyRecord key);

        void finished(KeyRecord key, CheckResult result);

        /** The vault refused (locked meanwhile, say); the sentence says what to do. */
        void failed(KeyRecord key, VaultException problem);

        /** Not checked, or not recorded, because the batch was cancelled first. */
        void skipped(KeyRecord key);
    }

    /** Waits between two keys of one account; {@code Thread::sleep} outside tests. */
    interface Pause {
        void sleep(long millis) throws InterruptedException;
    }

    private final Supplier<KeyService> service;
    private final int parallelism;
    private final Duration sameAccountSpacing;
    private final Pause pause;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final StopSignal stop = new StopSignal();

    public BatchCheck(KeyService service) {
        this(service, DEFAULT_PARALLELISM, SAME_ACCOUNT_SPACING);
    }

    /**
     * The service asked for when the checks start, on the thread that runs them: the desktop app builds
     * its OKX client there, not on the JavaFX thread, when the warm-up has not built it yet.
     */
    public BatchCheck(Supplier<KeyService> service) {
        this(service, DEFAULT_PARALLELISM, SAME_ACCOUNT_SPACING, Thread::sleep);
    }

    public BatchCheck(KeyService service, int parallelism, Duration sameAccountSpacing) {
        this(service, parallelism, sameAccountSpacing, Thread::sleep);
    }

    BatchCheck(KeyService service, int parallelism, Duration sameAccountSpacing, Pause pause) {
        this(supplying(Objects.requireNonNull(service, "service")), parallelism, sameAccountSpacing, pause);
    }

    private static Supplier<KeyService> supplying(KeyService service) {
        return () -> service;
    }

    private BatchCheck(Supplier<KeyService> service, int parallelism, Duration sameAccountSpacing, Pause pause) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("At least one check must run at a time; " + parallelism + " was given.");
        }
        this.service = Objects.requireNonNull(service, "service");
        this.parallelism = parallelism;
        this.sameAccountSpacing = Objects.requireNonNull(sameAccountSpacing, "sameAccountSpacing");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    /**
     * Keys not yet started are skipped; the requests of checks under way are cancelled, and such a check is
     * not recorded (its listener hears {@link Listener#skipped}). An answer recorded before the cancel came
     * is still told as {@link Listener#finished}.
     */
    public void cancel() {
        cancelled.set(true);
        stop.stop();
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Checks {@code keys}, telling {@code listener} about each; returns when every key is done or skipped. */
    public void run(Vault vault, List<KeyRecord> keys, Listener listener) throws InterruptedException {
        run(vault, keys, null, listener);
    }

    /**
     * Like {@link #run(Vault, List, Listener)}, sending every check to {@code baseUrl} instead of each key's
     * own address (null: the key's own), as {@link KeyService#check(Vault, long, String)} does.
     */
    public void run(Vault vault, List<KeyRecord> keys, String baseUrl, Listener listener) throws InterruptedException {
        KeyService checks = service.get();
        List<List<KeyRecord>> lanes = lanesByAccount(vault, keys);
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, lanes.size())),
                runnable -> {
                    Thread thread = new Thread(runnable, "check-all-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<KeyRecord> lane : lanes) {
                running.add(pool.submit(() -> runLane(checks, vault, lane, baseUrl, listener)));
            }
            for (Future<?> lane : running) {
                try {
                    lane.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("A key check failed unexpectedly", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void runLane(KeyService checks, Vault vault, List<KeyRecord> lane, String baseUrl, Listener listener) {
        boolean first = true;
        for (KeyRecord key : lane) {
            if (!first && !cancelled.get()) {
                try {
                    pause.sleep(sameAccountSpacing.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled.set(true);
                }
            }
            first = false;
            if (cancelled.get()) {
                listener.skipped(key);
                continue;
            }
            listener.started(key);
            try {
                java.util.Optional<CheckResult> result = checks.checkUnlessStopped(vault, key.id(), baseUrl, stop);
                if (result.isPresent()) {
                    listener.finished(key, result.get());
                } else {
                    listener.skipped(key);
                }
            } catch (VaultException problem) {
                listener.failed(key, problem);
            }
        }
    }

    /**
     * One lane per account, by the UID of each key's newest answer from OKX; a key OKX never described
     * gets a lane of its own (OKX's client retries after a rate limit in the rare case two share one).
     */
    static List<List<KeyRecord>> lanesByAccount(Vault vault, List<KeyRecord> keys) throws InterruptedException {
        Map<String, List<KeyRecord>> lanes = new LinkedHashMap<>();
        for (KeyRecord key : keys) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            String account = lastKnownAccount(vault, key).orElse("key:" + key.id());
            lanes.computeIfAbsent(account, any -> new ArrayList<>()).add(key);
        }
        return List.copyOf(lanes.values());
    }

    private static java.util.Optional<String> lastKnownAccount(Vault vault, KeyRecord key) {
        try {
            return vault.history(key.id()).stream()
                    .map(HistoryEntry::accountUid)
                    .filter(uid -> uid != null && !uid.isBlank())
                    .findFirst()
                    .map(uid -> "uid:" + uid);
        } catch (VaultException unreadable) {
            return java.util.Optional.empty();
        }
    }
}
