package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-off {@code check --base-url} at a stand-in on this computer is answered by the stand-in, not by OKX:
 * it does not move "Last used" nor OKX's 14-day countdown, and the key's history says where it went (walk 20,
 * section 3). Sent to OKX itself (another OKX host), it is a use.
 */
class OneOffCheckUseTest {

    /** After the key was saved (the vault stamps it with the real time), as the countdown starts no earlier. */
    private static final Instant AT_ITS_ADDRESS = Instant.now().plus(Duration.ofMinutes(1));
    private static final Instant ONE_OFF = AT_ITS_ADDRESS.plus(Duration.ofDays(2));

    @TempDir
    Path folder;

    private final FakeOkxServer okx = FakeOkxServer.start();
    private final FakeOkxServer standIn = FakeOkxServer.start();
    private final OkxClient client = OkxClient.builder().callTimeout(Duration.ofSeconds(2)).build();
    private Vault vault;
    private long id;

    @BeforeEach
    void tradeKeyWithoutIpCheckedAtItsOwnAddress() throws VaultException {
        try (Secret password = Secret.ofString("correct horse battery staple")) {
            vault = Vault.create(folder.resolve("keys.keyhaven"), password, VaultOptions.forTests());
        }
        FakeKey key = okx.add(FakeKey.builder().perm("read_only,trade").label("gridbot"));
        standIn.add(key);
        try (Credentials credentials = new Credentials(Secret.ofString(key.apiKey()),
                Secret.ofString(key.secretKey()), Secret.ofString(key.passphrase()))) {
            id = vault.add(new KeyDraft("gridbot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, okx.baseUrl(),
                    "", 0, credentials)).record().id();
        }
        service(AT_ITS_ADDRESS).check(vault, id);
    }

    @AfterEach
    void stop() {
        vault.close();
        client.close();
        okx.close();
        standIn.close();
    }

    private KeyService service(Instant now) {
        return new KeyService(new KeyChecker(client, Clock.fixed(now, ZoneOffset.UTC)));
    }

    @Test
    void aOneOffAtAStandInIsNoUseOfTheKey() throws VaultException {
        CheckResult oneOff = service(ONE_OFF).check(vault, id, standIn.baseUrl());

        assertThat(oneOff.acceptedByOkx()).as("the stand-in accepted the signed request").isTrue();
        assertThat(KeyStatus.of(vault, vault.key(id).orElseThrow()).lastSignedUse()).contains(AT_ITS_ADDRESS);
        assertThat(service(ONE_OFF).lastSignedUse(vault, id)).contains(AT_ITS_ADDRESS);
        DeletionCountdown countdown = new DeletionRule(Clock.fixed(ONE_OFF, ZoneOffset.UTC))
                .countdown(vault.key(id).orElseThrow(), vault.history(id)).orElseThrow();
        assertThat(countdown.deletesAt()).isEqualTo(AT_ITS_ADDRESS.plus(Duration.ofDays(14)));
    }

    @Test
    void theHistorySaysWhereAOneOffWentAndThatItWasNoUse() throws VaultException {
        service(ONE_OFF).check(vault, id, standIn.baseUrl());

        HistoryEntry oneOff = vault.history(id).stream()
                .filter(entry -> entry.at().equals(ONE_OFF)).findFirst().orElseThrow();
        HistoryEntry own = vault.history(id).stream()
                .filter(entry -> entry.at().equals(AT_ITS_ADDRESS)).findFirst().orElseThrow();

        assertThat(UseOnOkx.oneOffNote(oneOff)).contains("One-off check at " + standIn.baseUrl()
                + " (a local address, not OKX): not a use of the key.");
        assertThat(UseOnOkx.counts(oneOff)).isFalse();
        assertThat(UseOnOkx.oneOffNote(own)).isEmpty();
        assertThat(UseOnOkx.counts(own)).isTrue();
    }

    @Test
    void aOneOffAcceptedAtAnotherOkxHostIsAUse() throws VaultException {
        CheckResult atStandIn = service(ONE_OFF).check(vault, id, standIn.baseUrl());
        CheckResult atOkx = new CheckResult(atStandIn.ok(), atStandIn.environment(), "https://eea.okx.com",
                atStandIn.latencyMs(), atStandIn.clockSkewMs(), atStandIn.account(), atStandIn.permissions(),
                atStandIn.ipWhitelist(), atStandIn.balances(), atStandIn.problems(), atStandIn.checkedAt());
        HistoryEntry entry = CheckForKey.markedSentElsewhere(KeyService.historyEntry(atOkx));

        assertThat(UseOnOkx.counts(entry)).isTrue();
        assertThat(UseOnOkx.oneOffNote(entry)).contains("One-off check at https://eea.okx.com, not the key's own address.");
    }

    @Test
    void aOneOffWhoseCheckCannotBeReadIsStillToldAsOne() {
        HistoryEntry unreadable = new HistoryEntry(ONE_OFF, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, "Works.",
                true, null, java.util.List.of(), null, java.util.List.of(), "{\"sentElsewhere\": true}");

        assertThat(UseOnOkx.oneOffNote(unreadable)).contains("One-off check at another address than the key's own.");
        assertThat(UseOnOkx.counts(unreadable)).as("nothing says a stand-in answered it").isTrue();
    }

    @Test
    void aOneOffRowNamesItsAddressOnce() throws VaultException {
        String closed;
        try (FakeOkxServer gone = FakeOkxServer.start()) {
            closed = gone.baseUrl();
        }
        service(ONE_OFF).check(vault, id, closed);
        HistoryEntry oneOff = vault.history(id).stream()
                .filter(entry -> entry.at().equals(ONE_OFF)).findFirst().orElseThrow();

        String row = UseOnOkx.rowSummary(oneOff, oneOff.summary());

        assertThat(row).startsWith("One-off check at " + closed + " (a local address, not OKX): not a use of the key. ")
                .contains("that address");
        assertThat(row.split(java.util.regex.Pattern.quote(closed), -1)).as(row).hasSize(2);
    }

    @Test
    void aRowThatIsNoOneOffIsLeftAsItIs() throws VaultException {
        HistoryEntry own = vault.history(id).stream()
                .filter(entry -> entry.at().equals(AT_ITS_ADDRESS)).findFirst().orElseThrow();

        assertThat(UseOnOkx.rowSummary(own, "Works. Read + Trade.")).isEqualTo("Works. Read + Trade.");
    }
}
