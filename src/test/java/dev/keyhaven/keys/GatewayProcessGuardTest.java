package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which process runs a gateway: the start-time tolerance and the computer's name, asked of the real system. */
class GatewayProcessGuardTest {

    private static final Path HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    /** The name is kept once read; forgetting it makes each test ask the system again. */
    @BeforeEach
    void forgetTheComputersName() throws ReflectiveOperationException {
        Field cached = GatewayProcess.class.getDeclaredField("thisComputer");
        cached.setAccessible(true);
        cached.set(null, null);
    }

    @Test
    void onLinuxThisComputerIsTheKernelsHostName() throws Exception {
        assumeTrue(System.getenv("COMPUTERNAME") == null && Files.isReadable(HOSTNAME), "Linux without COMPUTERNAME");
        String hostName = Files.readString(HOSTNAME).strip();
        assumeTrue(!hostName.isEmpty(), "the kernel has a host name");

        assertThat(GatewayProcess.thisComputer()).isEqualTo(hostName);
        assertThat(GatewayProcess.thisComputer()).as("the same when asked again").isEqualTo(hostName);
    }

    @Test
    void aStartInstantOneSecondOffIsStillThisProcessButMoreIsNot() {
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant().orElseThrow();
        String here = GatewayProcess.thisComputer();

        assertThat(new GatewayProcess(self.pid(), started, here).seen()).isEqualTo(GatewayProcess.Seen.RUNNING);
        assertThat(new GatewayProcess(self.pid(), started.plusSeconds(1), here).seen())
                .as("exactly one second is rounding").isEqualTo(GatewayProcess.Seen.RUNNING);
        assertThat(new GatewayProcess(self.pid(), started.minusSeconds(1), here).seen())
                .isEqualTo(GatewayProcess.Seen.RUNNING);
        assertThat(new GatewayProcess(self.pid(), started.plus(Duration.ofMillis(1001)), here).seen())
                .as("a reused pid").isEqualTo(GatewayProcess.Seen.ENDED);
    }

    @Test
    void aProcessOnAnotherComputerIsNotVisibleEvenWhenThePidRunsHere() {
        ProcessHandle self = ProcessHandle.current();
        Instant started = self.info().startInstant().orElseThrow();

        assertThat(new GatewayProcess(self.pid(), started, GatewayProcess.thisComputer() + "-other").seen())
                .isEqualTo(GatewayProcess.Seen.NOT_VISIBLE);
    }
}
