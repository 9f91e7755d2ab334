package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A recorded check read again through the key as saved now, and whether it went to the key's own OKX address. */
class CheckForKeyTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final CheckResult.Account ACCOUNT = new CheckResult.Account("1", "1", false, 1, "Spot", "gridbot");
    private static final CheckResult.Balances BALANCES = new CheckResult.Balances(BigDecimal.ONE, List.of(), List.of());

    private static KeyRecord key(Purpose purpose, Environment environment, String baseUrl) {
        return new KeyRecord(1, "gridbot", purpose, environment, Region.GLOBAL, baseUrl, "", AT, AT, 0, Set.of(),
                null, null);
    }

    private static CheckResult check(Environment environment, String baseUrl, CheckResult.Account account,
                                     Permissions permissions) {
        return new CheckResult(true, environment, baseUrl, 20L, 0L, account, permissions, List.of(), BALANCES,
                List.of(), AT);
    }

    @Test
    void aCheckWithoutPermissionsIsLeftAsItWas() {
        CheckResult balancesOnly = check(Environment.LIVE, "https://www.okx.com", null, null);

        assertThat(CheckForKey.reread(balancesOnly, key(Purpose.TRADING, Environment.LIVE, null))).isSameAs(balancesOnly);
        assertThat(CheckForKey.reread(null, key(Purpose.TRADING, Environment.LIVE, null))).isNull();
    }

    @Test
    void permissionsWithoutAnAccountAreReadAgainWithoutALabelToCompare() {
        CheckResult noAccount = check(Environment.LIVE, "https://www.okx.com", null, new Permissions(true, false, false));

        CheckResult again = CheckForKey.reread(noAccount, key(Purpose.TRADING, Environment.LIVE, null));

        assertThat(again.problemIds()).containsExactly("PERMISSION_MISSING");
    }

    @Test
    void theCheckIsOkOnlyWhileNoProblemOfTheKeyAsSavedIsAnError() {
        CheckResult readOnly = check(Environment.LIVE, "https://www.okx.com", ACCOUNT, new Permissions(true, false, false));

        CheckResult asTradingBot = CheckForKey.reread(readOnly, key(Purpose.TRADING, Environment.LIVE, null));
        CheckResult asJournal = CheckForKey.reread(readOnly, key(Purpose.READ_ONLY, Environment.LIVE, null));

        assertThat(asTradingBot.problemIds()).containsExactly("PERMISSION_MISSING");
        assertThat(asTradingBot.ok()).isFalse();
        assertThat(asJournal.problemIds()).isEmpty();
        assertThat(asJournal.ok()).isTrue();
    }

    @Test
    void aWarningAloneLeavesTheCheckOk() {
        Problem unbound = new Problem(ProblemId.NO_IP_BINDING, Severity.WARNING, null, "No IP bound.", "");
        CheckResult warned = new CheckResult(true, Environment.LIVE, "https://www.okx.com", 20L, 0L, ACCOUNT,
                new Permissions(true, false, false), List.of(), BALANCES, List.of(unbound), AT);

        CheckResult again = CheckForKey.reread(warned, key(Purpose.READ_ONLY, Environment.LIVE, null));

        assertThat(again.problemIds()).containsExactly("NO_IP_BINDING");
        assertThat(again.ok()).isTrue();
    }

    @Test
    void aCheckOfTheOtherEnvironmentWasMadeElsewhere() {
        KeyRecord live = key(Purpose.TRADING, Environment.LIVE, null);

        assertThat(CheckForKey.madeElsewhere(check(Environment.DEMO, "https://www.okx.com", ACCOUNT, null), live))
                .isTrue();
        assertThat(CheckForKey.madeElsewhere(check(Environment.LIVE, "https://www.okx.com", ACCOUNT, null), live))
                .isFalse();
        assertThat(CheckForKey.madeElsewhere(check(null, "https://www.okx.com", ACCOUNT, null), live)).isFalse();
        assertThat(CheckForKey.madeElsewhere(check(null, null, ACCOUNT, null), live)).isFalse();
        assertThat(CheckForKey.madeElsewhere(null, live)).isFalse();
    }

    @Test
    void aCheckOfAnotherAddressWasMadeElsewhereEvenOneThatIsNoLongerAccepted() {
        KeyRecord global = key(Purpose.TRADING, Environment.LIVE, null);

        assertThat(CheckForKey.madeElsewhere(check(Environment.LIVE, "https://eea.okx.com", ACCOUNT, null), global))
                .isTrue();
        assertThat(CheckForKey.madeElsewhere(check(Environment.LIVE, " https://www.okx.com/ ", ACCOUNT, null), global))
                .as("the same address written otherwise").isFalse();
        assertThat(CheckForKey.madeElsewhere(check(Environment.LIVE, "ftp://www.okx.com", ACCOUNT, null), global))
                .isTrue();
        assertThat(CheckForKey.madeElsewhere(check(Environment.LIVE, " ftp://x ",  ACCOUNT, null),
                key(Purpose.TRADING, Environment.LIVE, "ftp://x"))).as("compared as written").isFalse();
        assertThat(CheckForKey.madeElsewhere(check(Environment.LIVE, "ftp://x", ACCOUNT, null),
                key(Purpose.TRADING, Environment.LIVE, "ftp://y"))).isTrue();
    }
}
