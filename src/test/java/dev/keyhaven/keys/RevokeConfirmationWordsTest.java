package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The alarm for a revoked key OKX still accepts names the key as OKX knows it, not Keyhaven's archive label. */
class RevokeConfirmationWordsTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static KeyRecord archived(String label) {
        return new KeyRecord(3, label, Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", AT, AT, 0, Set.of(),
                AT, null);
    }

    @Test
    void aKeyIsNamedOnOkxByItsApiKeyStartAndInKeyhavenWithoutItsSuffix() {
        assertThat(RevokeConfirmation.stillAccepted(archived("Gridbot (replaced 2026-12-03)"), "7ac8d1e2"))
                .contains("the key whose API key starts with 7ac8d1e2\u2026")
                .contains("the one you called \u201cGridbot\u201d in Keyhaven").contains(Region.EEA.apiManagementUrl())
                .doesNotContain("replaced 2026").doesNotContain("the key named");
        assertThat(RevokeConfirmation.stillAccepted(archived("Tax journal"), "0b41ffa9"))
                .contains("you called \u201cTax journal\u201d");
    }
}
