package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Walk 24: Check all's heading says how many keys OKX answered and how many could not be checked, never "Checked". */
class CheckAllTallyTest {

    private static final Instant AT = Instant.parse("2026-12-04T08:03:00Z");

    @Test
    void saysHowManyOkxAnsweredAndHowManyCouldNotBeChecked() {
        assertThat(new CheckAllTally(4, 0, 4).sentence(AT, ZoneOffset.UTC, false))
                .isEqualTo("Asked OKX about 4 keys at 08:03: 0 answered, 4 could not be checked");
        assertThat(new CheckAllTally(4, 3, 1).sentence(AT, ZoneOffset.UTC, false))
                .isEqualTo("Asked OKX about 4 keys at 08:03: 3 answered, 1 could not be checked");
        assertThat(new CheckAllTally(1, 1, 0).sentence(AT, ZoneOffset.ofHours(2), false))
                .isEqualTo("Asked OKX about 1 key at 10:03: 1 answered");
    }

    @Test
    void afterStopSaysHowManyOfTheKeysWereAsked() {
        assertThat(new CheckAllTally(4, 1, 1).sentence(AT, ZoneOffset.UTC, true))
                .isEqualTo("Stopped: asked OKX about 2 of 4 keys at 08:03: 1 answered, 1 could not be checked");
        assertThat(new CheckAllTally(2, 2, 0).notChecked().ended()).isEqualTo(3);
    }
}
