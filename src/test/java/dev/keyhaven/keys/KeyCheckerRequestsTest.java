package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The threads the checker sends its requests from, and the time it reports for OKX's answer. */
class KeyCheckerRequestsTest extends KeyCheckerFixture {

    @Test
    void theRequestThreadsNeverKeepTheProgramRunning() {
        check(okx.add(boundTradingKey()));

        List<Thread> requestThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("key-check-"))
                .toList();
        assertThat(requestThreads).isNotEmpty().allMatch(Thread::isDaemon);
    }

    @Test
    void theLatencyIsTheTimeOkxTookToAnswer() {
        // OKX's stand-in waits 100 ms before each answer: the reported time cannot be shorter.
        okx.latency(Duration.ofMillis(100));
        CheckResult result = check(okx.add(boundTradingKey()));

        assertThat(result.latencyMs()).isBetween(100L, Duration.ofMinutes(10).toMillis());
    }
}
