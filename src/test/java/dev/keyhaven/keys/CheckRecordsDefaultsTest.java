package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Purpose;
import org.junit.jupiter.api.Test;

/** What a check's target and balances stand in for a value that was not given. */
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
    void balancesThatWereNotReadAreEmptyLists() {
        CheckResult.Balances balances = new CheckResult.Balances(null, null, null, "not read", "not read");

        assertThat(balances.trading()).isEmpty();
        assertThat(balances.funding()).isEmpty();
    }
}
