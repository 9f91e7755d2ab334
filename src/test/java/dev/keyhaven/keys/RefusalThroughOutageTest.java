package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.vault.GoneOnOkx;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.VaultException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Issue #15, walk23 finding 1: the last known facts are OKX's newest answer, accepted or refused, with its time.
 * A check during an outage never hides a newer refusal behind an older "works": a key OKX no longer knows stays
 * so (and can be archived so) until OKX accepts it again.
 */
class RefusalThroughOutageTest extends FakeOkxVaultFixture {

    private static final Instant WORKED = Instant.parse("2026-12-04T02:51:00Z");
    private static final Instant REFUSED = Instant.parse("2026-12-04T02:52:00Z");
    private static final Instant OUTAGE = Instant.parse("2026-12-04T02:55:00Z");
    private static final Instant BACK = Instant.parse("2026-12-04T03:05:00Z");

    private FakeKey onOkx;
    private long copyBot;

    private void workedThenRefusedThenOutage(FakeKey.Builder key, Runnable refuse) throws VaultException {
        onOkx = okx.add(key.label("Copybot"));
        copyBot = saveTradingKey("Copybot", onOkx);
        serviceAt(WORKED).check(vault, copyBot);
        refuse.run();
        serviceAt(REFUSED).check(vault, copyBot);
        outage();
        serviceAt(OUTAGE).check(vault, copyBot);
    }

    private void outage() {
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }
    }

    private KeyRecord key() throws VaultException {
        return vault.key(copyBot).orElseThrow();
    }

    @Test
    void aKeyOkxNoLongerKnowsStaysSoThroughAnOutageAsOfTheRefusalUntilOkxAcceptsItAgain() throws VaultException {
        FakeKey.Builder tradeKey = FakeKey.builder().perm("read_only,trade").ips("127.0.0.1");
        workedThenRefusedThenOutage(tradeKey, () -> okx.remove(onOkx));

        KeyStatus status = KeyStatus.of(vault, key());
        assertThat(status.checkOutcome()).contains(CheckOutcome.FAILED);
        assertThat(status.verdict()).as(status.sentence(ZoneOffset.UTC)).isEqualTo(KeyVerdict.REJECTED);
        assertThat(status.unknownOnOkx()).isTrue();
        assertThat(status.refusedAt()).contains(REFUSED);
        assertThat(status.reason()).contains("OKX no longer knows this API key (code 50111)");
        assertThat(status.sentence(ZoneOffset.UTC)).contains("OKX said so on 4 Dec 2026, 02:52;")
                .contains("the newest check could not ask OKX again")
                .contains("Before OKX refused it, as of 4 Dec 2026, 02:51: works.")
                .doesNotContain("Last known as of 4 Dec 2026, 02:51");
        assertThat(status.fix()).startsWith("Nothing is left to delete on OKX");
        assertThat(status.advice()).extracting(Problem::id).containsExactly(ProblemId.AUTH_INVALID_KEY);
        assertThat(status.factsNote(ZoneOffset.UTC)).isEqualTo("From 4 Dec 2026, 02:51, before OKX refused this key.");
        assertThat(GoneOnOkx.saidAt(vault.history(copyBot))).contains(REFUSED);

        okx.clearFaults();
        okx.add(onOkx);
        serviceAt(BACK).check(vault, copyBot);

        KeyStatus back = KeyStatus.of(vault, key());
        assertThat(back.verdict()).isEqualTo(KeyVerdict.WORKS);
        assertThat(back.unknownOnOkx()).isFalse();
        assertThat(back.refusedAt()).isEmpty();
        assertThat(GoneOnOkx.saidAt(vault.history(copyBot))).isEmpty();
    }

    @Test
    void archivingItAfterTheOutageNamesWhenOkxRefusedIt() throws VaultException {
        workedThenRefusedThenOutage(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"),
                () -> okx.remove(onOkx));

        new KeyLifecycle(vault, Clock.fixed(BACK, ZoneOffset.UTC)).archiveGone(copyBot);

        assertThat(ArchiveReason.of(vault, key()).sentence())
                .isEqualTo("Archived: OKX no longer knew this key on 4 Dec 2026, 02:52.");
    }

    @Test
    void theCheckDuringTheOutageSaysItCouldNotAskAndThatTheKeyWillNotWorkAgain() throws VaultException {
        workedThenRefusedThenOutage(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1"),
                () -> okx.remove(onOkx));
        CheckResult outage = KeyStatus.of(vault, key()).newestCheck().orElseThrow();

        CheckVerdict verdict = CheckVerdict.of(key(), outage, KeyStatus.of(vault, key()));

        assertThat(verdict.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(verdict.lastKnown(ZoneOffset.UTC)).isEmpty();
        assertThat(verdict.closing("Copybot", "'keyhaven check Copybot'"))
                .startsWith("\"Copybot\" will not work again: it was deleted on OKX")
                .doesNotContain("may still work");
        assertThat(verdict.problems()).extracting(Problem::id)
                .containsExactly(ProblemId.EXCHANGE_UNAVAILABLE, ProblemId.AUTH_INVALID_KEY);
    }

    @Test
    void anyRefusalOutlivesAnOutageWithItsTimeAndIsNeverCalledMayStillWork() throws VaultException {
        FakeKey.Builder boundElsewhere = FakeKey.builder().perm("read_only,trade").ips("127.0.0.1");
        workedThenRefusedThenOutage(boundElsewhere, () -> {
            okx.remove(onOkx);
            okx.add(FakeKey.builder().apiKey(onOkx.apiKey()).secretKey(onOkx.secretKey())
                    .passphrase(onOkx.passphrase()).perm("read_only,trade").ips("203.0.113.9"));
        });

        KeyStatus status = KeyStatus.of(vault, key());
        assertThat(status.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(status.unknownOnOkx()).isFalse();
        assertThat(status.cause().map(Problem::id)).contains(ProblemId.IP_NOT_ALLOWED);
        assertThat(status.sentence(ZoneOffset.UTC)).contains("OKX said so on 4 Dec 2026, 02:52;");
        CheckVerdict verdict = CheckVerdict.of(key(), status.newestCheck().orElseThrow(), status);
        assertThat(verdict.closing("Copybot", "'keyhaven check Copybot'")).contains("could not be checked: ")
                .contains("OKX refused the key when it last answered").doesNotContain("may still work");
    }

    @Test
    void aRefusalOfCredentialsSinceChangedIsOnlyTheLastKnownFactWithItsTime() throws VaultException {
        onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("Copybot"));
        copyBot = saveTradingKey("Copybot", onOkx);
        serviceAt(WORKED).check(vault, copyBot);
        okx.remove(onOkx);
        serviceAt(REFUSED).check(vault, copyBot);
        vault.recordHistory(copyBot, KeyStatus.credentialsChanged(REFUSED.plusSeconds(60)));
        outage();
        serviceAt(OUTAGE).check(vault, copyBot);

        KeyStatus status = KeyStatus.of(vault, key());
        assertThat(status.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        assertThat(status.unknownOnOkx()).isFalse();
        assertThat(status.earlierFacts(ZoneOffset.UTC)).isEqualTo("Last known as of 4 Dec 2026, 02:52: rejected by OKX.");
    }
}
