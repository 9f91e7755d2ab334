package dev.keyhaven.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;

/**
 * The guard in this JVM itself: on Linux the kernel's own flag, read back independently, says the process
 * is no longer dumpable. (ProcessMemoryGuardTest proves with a real bot that this keeps it out.)
 */
class ProcessMemoryTest {

    private static final int PR_GET_DUMPABLE = 3;

    private interface LinuxC extends Library {
        int prctl(int option, long arg2, long arg3, long arg4, long arg5);
    }

    @Test
    void onLinuxTheGuardExistsAndTheProcessIsNoLongerDumpableAfterIt() {
        assumeTrue(Platform.isLinux(), "prctl is Linux's");
        assertThat(ProcessMemory.guardExistsOnThisSystem()).isTrue();

        assertThat(ProcessMemory.denyOtherReaders()).as("the guard says it worked").isTrue();

        LinuxC c = Native.load(Platform.C_LIBRARY_NAME, LinuxC.class);
        assertThat(c.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)).as("the kernel's dumpable flag").isZero();
        assertThat(ProcessMemory.denyOtherReaders()).as("asking again is harmless").isTrue();
    }

    @Test
    void elsewhereTheGuardSaysItHasNoWayToDoIt() {
        assumeTrue(!Platform.isLinux(), "only off Linux");
        assertThat(ProcessMemory.guardExistsOnThisSystem()).isFalse();
        assertThat(ProcessMemory.denyOtherReaders()).isFalse();
    }
}
