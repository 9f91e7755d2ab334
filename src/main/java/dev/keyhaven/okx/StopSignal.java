package dev.keyhaven.okx;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;

/**
 * Stops a group of requests to OKX from another thread, at once: {@link #stop()} cancels the requests under
 * way (a blocking socket read does not hear Thread.interrupt) and every later request of the group fails
 * before it is sent. The group is the work run {@link #during} the signal, on that thread; whoever hands
 * work to other threads (the checker's parallel requests) carries the signal over with {@link #current()}.
 */
public final class StopSignal {

    private static final ThreadLocal<StopSignal> CURRENT = new ThreadLocal<>();

    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    /** Work that may throw. */
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** The signal of the work running on this thread, or null. */
    public static StopSignal current() {
        return CURRENT.get();
    }

    /** Runs {@code work} on this thread with {@code signal} (null: none) as its stop signal. */
    public static <T, E extends Exception> T during(StopSignal signal, Work<T, E> work) throws E {
        StopSignal before = CURRENT.get();
        CURRENT.set(signal);
        try {
            return work.run();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    public void stop() {
        stopped = true;
        calls.forEach(Call::cancel);
    }

    public boolean stopped() {
        return stopped;
    }

    /** A request of this thread's group is about to be sent: cancelled at once if the group was stopped. */
    static void sending(Call call) {
        StopSignal signal = CURRENT.get();
        if (signal != null) {
            signal.calls.add(call);
            if (signal.stopped) {
                call.cancel();
            }
        }
    }

    static void sent(Call call) {
        StopSignal signal = CURRENT.get();
        if (signal != null) {
            signal.calls.remove(call);
        }
    }
}
