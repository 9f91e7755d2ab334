package dev.keyhaven.okx;

import dev.keyhaven.okx.FakeOkxServer.Fault;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The faults FakeOkxServer answers with instead of the normal answer: the next few per path, or every one. */
final class FakeOkxFaults {

    private final Map<String, Deque<Fault>> next = new ConcurrentHashMap<>();
    private final Map<String, Fault> standing = new ConcurrentHashMap<>();

    void failNext(String path, int times, Fault fault) {
        Deque<Fault> queue = next.computeIfAbsent(path, p -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.add(fault);
            }
        }
    }

    void failAlways(String path, Fault fault) {
        standing.put(path, fault);
    }

    void clear() {
        next.clear();
        standing.clear();
    }

    /** The fault for this request to {@code path}, or null for the normal answer. */
    Fault take(String path) {
        Deque<Fault> queue = next.get(path);
        if (queue != null) {
            synchronized (queue) {
                Fault fault = queue.pollFirst();
                if (fault != null) {
                    return fault;
                }
            }
        }
        return standing.get(path);
    }
}
