package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The day a key holding the same API key was archived is told in the caller's zone, not the computer's. */
class SameApiKeyTest {

    private static final Instant ARCHIVED = Instant.parse("2026-12-31T20:00:00Z");
    private static final ZoneId FAR_EAST = ZoneId.of("Pacific/Kiritimati");

    private static final KeyRecord REVOKED = new KeyRecord(3, "Grid bot", Purpose.TRADING, Environment.LIVE,
            Region.GLOBAL, null, "", ARCHIVED, ARCHIVED, 0, Set.of(), ARCHIVED, null);

    @Test
    void theArchivedDayIsToldInTheCallersZone() {
        Clock farEast = Clock.fixed(Instant.parse("2027-01-02T00:00:00Z"), FAR_EAST);
        SameApiKey finder = new SameApiKey(null, null, null, farEast);

        assertThat(finder.sentenceFor(REVOKED)).contains("You revoked this key on 1 Jan because");
        assertThat(SameApiKey.sentence(REVOKED, farEast.instant(), ZoneId.of("UTC")))
                .contains("You revoked this key on 31 Dec 2026 because");
    }
}
