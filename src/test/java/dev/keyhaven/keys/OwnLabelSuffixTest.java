package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #15: Keyhaven's own "(replaced DATE)" label suffix is no name difference a trader could fix on OKX. */
class OwnLabelSuffixTest {

    @Test
    void aRestoredKeysReplacedSuffixIsNotAMismatch() {
        assertThat(OkxLabel.sameLabel("gridbot", "gridbot (replaced 2026-12-03)")).isTrue();
        assertThat(OkxLabel.sameLabel("gridbot", "gridbot (replaced 2026-12-03, archived copy 2)")).isTrue();
    }

    @Test
    void otherNamesStillDiffer() {
        assertThat(OkxLabel.sameLabel("gridbot", "dcabot (replaced 2026-12-03)")).isFalse();
        assertThat(OkxLabel.sameLabel("gridbot", "gridbot (my old one)")).isFalse();
    }
}
