package dev.keyhaven.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Processor time of each thread of this JVM (Linux /proc, JIT compiler and GC threads included), so a
 * benchmark child can say which thread spent a phase; empty where /proc is missing.
 */
final class ThreadTimes {

    private static final long MILLIS_PER_TICK = 10;

    private final Map<String, Long> ticksByTask;
    private final Map<String, String> names;

    private ThreadTimes(Map<String, Long> ticksByTask, Map<String, String> names) {
        this.ticksByTask = ticksByTask;
        this.names = names;
    }

    static ThreadTimes now() {
        Map<String, Long> ticks = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    String[] fields = stat.substring(close + 2).split(" ");
                    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name.
                    ticks.put(task.getFileName().toString(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    names.put(task.getFileName().toString(), name);
                } catch (IOException | RuntimeException gone) {
                    // The thread ended meanwhile.
                }
            }
        } catch (IOException noProc) {
            // Not Linux: no figures.
        }
        return new ThreadTimes(ticks, names);
    }

    /** "name 120 ms, ..." for the threads that used at least 20 ms since {@code before}, busiest first. */
    String since(ThreadTimes before) {
        Map<String, Long> byName = new HashMap<>();
        ticksByTask.forEach((task, ticks) -> byName.merge(group(names.get(task)),
                ticks - before.ticksByTask.getOrDefault(task, 0L), Long::sum));
        List<Map.Entry<String, Long>> busy = new ArrayList<>(byName.entrySet());
        busy.removeIf(entry -> entry.getValue() * MILLIS_PER_TICK < 20);
        busy.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        long total = byName.values().stream().mapToLong(Long::longValue).sum() * MILLIS_PER_TICK;
        StringBuilder text = new StringBuilder("all threads " + total + " ms");
        busy.forEach(entry -> text.append(", ").append(entry.getKey()).append(' ').append(entry.getValue() * MILLIS_PER_TICK).append(" ms"));
        return text.toString();
    }

    private static String group(String name) {
        if (name.startsWith("C2 Compiler")) {
            return "C2";
        }
        if (name.startsWith("C1 Compiler")) {
            return "C1";
        }
        if ((name.startsWith("GC") || name.startsWith("G1")) && !Boolean.getBoolean("ui.threadsApart")) {
            return "GC";
        }
        return name;
    }
}
