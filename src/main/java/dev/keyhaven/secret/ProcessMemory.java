package dev.keyhaven.secret;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Keeps other programs running as the same user out of this process's memory, where unlocked keys, the
 * master password and the gateway's real secret live. On Linux: {@code prctl(PR_SET_DUMPABLE, 0)}, so
 * /proc/PID/mem, ptrace and core dumps are refused to everyone but root. Other systems: nothing yet.
 *
 * <p>Call it before anything secret is read; a debugger attached earlier stays attached.
 */
public final class ProcessMemory {

    private static final int PR_SET_DUMPABLE = 4;
    private static final int PR_GET_DUMPABLE = 3;

    private ProcessMemory() {
    }

    /** Whether {@link #denyOtherReaders()} has a way to do it here: its false elsewhere is no surprise. */
    public static boolean guardExistsOnThisSystem() {
        return System.getProperty("os.name", "").startsWith("Linux");
    }

    /** True when the system now refuses other programs (same user, not root) this process's memory. Never throws. */
    public static boolean denyOtherReaders() {
        try {
            if (!Platform.isLinux()) {
                return false;
            }
            LinuxC c = Native.load(Platform.C_LIBRARY_NAME, LinuxC.class);
            return c.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && c.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
        } catch (RuntimeException | LinkageError unavailable) {
            return false;
        }
    }

    /** glibc's prctl is variadic; its arguments are unsigned longs. */
    private interface LinuxC extends Library {
        int prctl(int option, long arg2, long arg3, long arg4, long arg5);
    }
}
