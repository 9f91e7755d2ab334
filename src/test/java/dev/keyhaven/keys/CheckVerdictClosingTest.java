package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.VaultException;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The closing line, the problems and the last known facts `keyhaven check` prints, for each kind of outcome. */
class CheckVerdictClosingTest extends FakeOkxVaultFixture {

    private static final Instant WORKED = Instant.parse("2026-12-04T02:51:00Z");
    private static final Instant LATER = Instant.parse("2026-12-04T02:55:00Z");
    private static final String AGAIN = "'keyhaven check Gridbot'";

    private long id;

    private CheckVerdict checkedAt(Instant when) throws VaultException {
        serviceAt(when).check(vault, id);
        KeyRecord key = vault.key(id).orElseThrow();
        KeyStatus status = KeyStatus.of(vault, key);
        return CheckVerdict.of(key, status.newestCheck().orElseThrow(), status);
    }

    private void outage() {
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }
    }

    @Test
    void anOutageAfterAGoodCheckCouldNotAskSaysNothingAgainstTheKeyAndGivesTheLastFacts() throws VaultException {
        id = saveTradingKey("Gridbot", okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1")));
        checkedAt(WORKED);
        outage();

        CheckVerdict verdict = checkedAt(LATER);

        assertThat(verdict.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        assertThat(verdict.deletedOnOkx()).isFalse();
        assertThat(verdict.weighsEarlierChecks()).isFalse();
        assertThat(verdict.lastKnown(ZoneOffset.UTC)).isEqualTo("Last known as of 4 Dec 2026, 02:51: works.");
        assertThat(verdict.problems()).isEqualTo(verdict.check().problems()).isNotEmpty();
        Problem first = verdict.problems().get(0);
        assertThat(first.couldNotAsk()).isTrue();
        assertThat(verdict.closing("Gridbot", AGAIN)).isEqualTo("\"Gridbot\" could not be checked: " + first.message()
                + " " + Problem.NOTHING_AGAINST_THE_KEY + " Do what the Fix above says, then run " + AGAIN + " again.");
    }

    @Test
    void aKeyThatCanWithdrawGetsTheOneWithdrawFixAndNoLastFacts() throws VaultException {
        id = saveTradingKey("Gridbot", okx.add(FakeKey.builder().perm("read_only,trade,withdraw").ips("127.0.0.1")));

        CheckVerdict verdict = checkedAt(WORKED);

        assertThat(verdict.verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(verdict.closing("Gridbot", AGAIN)).isEqualTo("\"Gridbot\" can WITHDRAW funds. " + KeyStatus.WITHDRAW_FIX);
        assertThat(verdict.problems()).isEqualTo(verdict.status().advice()).extracting(Problem::id)
                .contains(ProblemId.WITHDRAW_ENABLED);
        assertThat(verdict.lastKnown(ZoneOffset.UTC)).isEmpty();
        assertThat(verdict.problems().get(0).couldNotAsk()).isFalse();
    }

    @Test
    void aWrongPassphraseIsToFixAndCheckAgainAndAKeyOkxDeletedWillNotWorkAgain() throws VaultException {
        FakeKey onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        id = saveTradingKey("Gridbot", onOkx);
        okx.remove(onOkx);
        okx.add(FakeKey.builder().apiKey(onOkx.apiKey()).secretKey(onOkx.secretKey())
                .passphrase("Another-pass-1").perm("read_only,trade").ips("127.0.0.1"));

        CheckVerdict refused = checkedAt(WORKED);

        assertThat(refused.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(refused.deletedOnOkx()).isFalse();
        assertThat(refused.lastKnown(ZoneOffset.UTC)).isEmpty();
        assertThat(refused.problems()).isEqualTo(refused.check().problems()).extracting(Problem::id)
                .contains(ProblemId.AUTH_WRONG_PASSPHRASE);
        assertThat(refused.problems().get(0).couldNotAsk()).isFalse();
        assertThat(refused.closing("Gridbot", AGAIN))
                .isEqualTo("\"Gridbot\" does not work safely yet. Fix the errors above, then run " + AGAIN + " again.");

        FakeKey spot = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"));
        id = saveTradingKey("Spot", spot);
        checkedAt(WORKED);
        okx.remove(spot);
        CheckVerdict deleted = checkedAt(LATER);

        assertThat(deleted.deletedOnOkx()).isTrue();
        assertThat(deleted.closing("Spot", AGAIN)).startsWith("\"Spot\" will not work again: it was deleted on OKX");
    }
}
