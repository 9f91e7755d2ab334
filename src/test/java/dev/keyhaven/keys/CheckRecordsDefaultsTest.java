package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Purpose;
import org.junit.jupiter.api.Test;

/** What a check's target and balances stand in for a value that was not given, and what a target tells a log. */
class CheckRecordsDefaultsTest {

    @Test
    void aTargetWithoutALabelHasAnEmptyOne() {
        try (Credentials credentials = new Credentials(Secret.ofString("api"), Secret.ofString("secret"),
                Secret.ofString("passphrase"))) {
            CheckTarget target = new CheckTarget(null, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null,
                    credentials, null);

            assertThat(target.label()).isEmpty();
        }
    }

    @Test
    void aTargetNamesItsKeyButNotItsCredentials() {
        try (Credentials credentials = new Credentials(Secret.ofString("api-7f3a"), Secret.ofString("secret-9c1d"),
                Secret.ofString("passphrase-2b8e"))) {
            CheckTarget target = new CheckTarget("Grid bot", Purpose.TRADING, Environment.DEMO, Region.EEA,
                    "http://127.0.0.1:9", credentials, null);

            assertThat(target.toString()).contains("Grid bot", "DEMO", "EEA", "http://127.0.0.1:9", "credentials=hidden")
                    .doesNotContain("api-7f3a", "secret-9c1d", "passphrase-2b8e");
        }
    }

    @Test
    void balancesThatWereNotReadAreEmptyLists() {
        CheckResult.Balances balances = new CheckResult.Balances(null, null, null, "not read", "not read");

        assertThat(balances.trading()).isEmpty();
        assertThat(balances.funding()).isEmpty();
    }
}
