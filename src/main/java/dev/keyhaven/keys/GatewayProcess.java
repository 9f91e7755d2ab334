package dev.keyhaven.keys;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The Keyhaven process that runs a gateway, as its start record names it: its pid, when it started and on
 * which computer. It tells whether that process still runs; the start instant guards against the pid being
 * reused by another program after Keyhaven ended.
 */
public record GatewayProcess(long pid, Instant startedAt, String computer) {

    /** What can be seen of the process from here. */
    public enum Seen {
        RUNNING,
        /** Not running on this computer (killed, a crash, a power cut since). */
        ENDED,
        /** On another computer that shares the vault: its processes cannot be seen from here. */
        NOT_VISIBLE
    }

    /** Start instants are read from the system's process table; this much disagreement is rounding. */
    private static final Duration SAME_START = Duration.ofSeconds(1);
    private static volatile String thisComputer;

    /** This process, when the system tells its start (empty where it does not). */
    public static Optional<GatewayProcess> current() {
        ProcessHandle self = ProcessHandle.current();
        return self.info().startInstant().map(start -> new GatewayProcess(self.pid(), start, thisComputer()));
    }

    /** Asks the system now: no file or vault is read. */
    public Seen seen() {
        if (!thisComputer().equals(computer)) {
            return Seen.NOT_VISIBLE;
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().startInstant())
                .filter(start -> Duration.between(start, startedAt).abs().compareTo(SAME_START) <= 0)
                .map(start -> Seen.RUNNING).orElse(Seen.ENDED);
    }

    /** This computer's name, as the system gives it; the same in every process on it. */
    public static String thisComputer() {
        String name = thisComputer;
        if (name == null) {
            name = System.getenv("COMPUTERNAME");
            if (name == null || name.isBlank()) {
                name = linuxHostName();
            }
            if (name == null) {
                try {
                    name = InetAddress.getLocalHost().getHostName();
                } catch (java.io.IOException unknown) {
                    name = "this computer";
                }
            }
            thisComputer = name;
        }
        return name;
    }

    private static String linuxHostName() {
        try {
            String name = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")).strip();
            return name.isEmpty() ? null : name;
        } catch (java.io.IOException | RuntimeException notLinux) {
            return null;
        }
    }
}
