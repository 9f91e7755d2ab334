package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The edges of "in use by a bot": odd or partial gateway records, one request, a run whose process ends. */
class KeyInUseGuardTest {

    private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");

    private static HistoryEntry handout(Instant at, String gateway) {
        return new HistoryEntry(at, HistoryEntry.Kind.HANDOUT, HistoryEntry.Outcome.INFO, "Gateway started.", false,
                null, List.of(), null, List.of(), gateway == null ? null : "{\"gateway\":" + gateway + "}");
    }

    private static HistoryEntry batch(Instant at, String gateway) {
        return new HistoryEntry(at, HistoryEntry.Kind.KEEP_ALIVE, HistoryEntry.Outcome.OK, "Bot requests.", true,
                null, List.of(), null, List.of(), "{\"gateway\":" + gateway + "}");
    }

    private static String startWithoutProcess() {
        return "{\"event\":\"started\",\"run\":\"r1\"}";
    }

    @Test
    void noneIsNotInUse() {
        KeyInUse none = KeyInUse.none();

        assertThat(none.state()).isEqualTo(KeyInUse.State.NONE);
        assertThat(none.inUse()).isFalse();
        assertThat(none.recheck().state()).as("nothing to ask the system about").isEqualTo(KeyInUse.State.NONE);
    }

    @Test
    void aHandoutWhoseGatewayEventIsNotAStartIsAPlainHandout() {
        KeyInUse use = KeyInUse.of(List.of(handout(START, "{\"event\":\"batch\",\"run\":\"r1\"}")));

        assertThat(use.state()).isEqualTo(KeyInUse.State.HANDED_OUT);
        assertThat(use.recheck().state()).as("a handout is not rechecked as a gateway run")
                .isEqualTo(KeyInUse.State.HANDED_OUT);
        assertThat(use.toString()).startsWith("KeyInUse[HANDED_OUT, since " + START);
    }

    @Test
    void aStartThatNamesNoProcessCannotBeSeenFromHereAndNamesNoComputer() {
        KeyInUse use = KeyInUse.of(List.of(handout(START, startWithoutProcess())));

        assertThat(use.state()).isEqualTo(KeyInUse.State.GATEWAY_NOT_VISIBLE);
        assertThat(use.sentence(ZoneOffset.UTC)).isEqualTo("A gateway run started 1 Dec 2026, 10:00 has no stop "
                + "record; Keyhaven cannot see from here whether it still runs; last seen 1 Dec 2026, 10:00.");
    }

    @Test
    void aBatchIsSeenAtTheTimeItNamesNotWhenItWasWritten() {
        KeyInUse use = KeyInUse.of(List.of(handout(START, startWithoutProcess()),
                batch(START.plusSeconds(600), "{\"event\":\"batch\",\"run\":\"r1\",\"seenAt\":\""
                        + START.plusSeconds(120) + "\",\"forwarded\":{\"a\":1},\"accepted\":1}")));

        assertThat(use.lastSeen()).contains(START.plusSeconds(120));
        assertThat(use.requests()).isEqualTo(1);
    }

    @Test
    void aBatchWithAnUnreadableSeenAtIsSeenWhenItWasWritten() {
        KeyInUse use = KeyInUse.of(List.of(handout(START, startWithoutProcess()),
                batch(START.plusSeconds(600), "{\"event\":\"batch\",\"run\":\"r1\",\"seenAt\":\"yesterday\"}")));

        assertThat(use.lastSeen()).contains(START.plusSeconds(600));
    }

    @Test
    void oneRequestIsToldInTheSingular() throws Exception {
        Process child = new ProcessBuilder("sleep", "60").start();
        try {
            Instant childStarted = child.toHandle().info().startInstant().orElseThrow();
            String start = "{\"event\":\"started\",\"run\":\"r1\",\"pid\":" + child.pid() + ",\"processStarted\":\""
                    + childStarted + "\",\"computer\":\"" + GatewayProcess.thisComputer() + "\"}";
            KeyInUse use = KeyInUse.of(List.of(handout(START, start), batch(START.plusSeconds(30),
                    "{\"event\":\"batch\",\"run\":\"r1\",\"forwarded\":{\"GET /api/v5/account/balance\":1},"
                            + "\"accepted\":1}")));

            assertThat(use.state()).isEqualTo(KeyInUse.State.GATEWAY);
            assertThat(use.sentence(ZoneOffset.UTC)).isEqualTo("In use by a bot through Keyhaven's gateway since "
                    + "1 Dec 2026, 10:00 (1 request sent to OKX, 1 accepted, as of 1 Dec 2026, 10:00).");
            assertThat(use.recheck()).as("still running: the same").isSameAs(use);

            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            KeyInUse after = use.recheck();
            assertThat(after.state()).isEqualTo(KeyInUse.State.GATEWAY_ENDED);
            assertThat(after.requests()).isEqualTo(1);
            assertThat(after.since()).contains(START);
        } finally {
            child.destroyForcibly();
        }
    }
}
