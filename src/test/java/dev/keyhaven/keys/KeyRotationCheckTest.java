package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.VaultException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rotation checks the new key before the old one goes, revocation asks OKX afterwards, and a check OKX
 * accepted nothing of is no use: a real vault file and the loopback OKX.
 */
class KeyRotationCheckTest extends FakeOkxVaultFixture {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private FakeKey oldKey;
    private long oldId;

    @BeforeEach
    void oldKeyOnOkx() throws VaultException {
        oldKey = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("gridbot"));
        oldId = saveTradingKey("Grid bot", oldKey);
    }

    /** Every path answers with a proxy's error page, as when OKX is down behind its CDN. */
    private void okxDown() {
        for (String path : new String[] {OkxClient.TIME_PATH, OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH}) {
            okx.failAlways(path, FakeOkxServer.Fault.html(502));
        }
    }

    private KeyLifecycle lifecycle() {
        return new KeyLifecycle(vault, Clock.fixed(NOW, ZoneOffset.UTC), serviceAt(NOW));
    }

    @Test
    void aNewKeyOkxDoesNotKnowIsNotInstalledAndTheOldOneStaysActive() throws VaultException {
        FakeKey unknown = FakeKey.builder().perm("read_only,trade").build();

        Rotation rotation;
        try (Credentials credentials = unknown.credentials()) {
            rotation = lifecycle().rotateChecked(oldId, credentials);
        }

        assertThat(rotation.done()).isFalse();
        assertThat(rotation.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(rotation.refusal()).startsWith("The new key was not installed: OKX refused it.")
                .contains("\"Grid bot\" stays active and nothing was archived.")
                .contains("Copy the API key again");
        assertThat(vault.keys()).extracting(KeyRecord::id).containsExactly(oldId);
        assertThat(vault.archivedKeys()).isEmpty();
        assertThat(vault.key(oldId).orElseThrow().label()).isEqualTo("Grid bot");
    }

    @Test
    @Tag("mutation-redundant")
    void aNewKeyThatCanWithdrawIsNotInstalledEither() throws VaultException {
        FakeKey withdraw = okx.add(FakeKey.builder().perm("read_only,trade,withdraw").ips("127.0.0.1"));

        Rotation rotation;
        try (Credentials credentials = withdraw.credentials()) {
            rotation = lifecycle().rotateChecked(oldId, credentials);
        }

        assertThat(rotation.done()).isFalse();
        assertThat(rotation.verdict()).isEqualTo(KeyVerdict.CAN_WITHDRAW);
        assertThat(rotation.refusal()).contains("can withdraw").contains("Delete this key on OKX");
        assertThat(vault.archivedKeys()).isEmpty();
    }

    @Test
    void aNewKeyOkxAcceptsReplacesTheOldOneWhichStaysInTheArchive() throws VaultException {
        FakeKey fresh = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("gridbot"));

        Rotation rotation;
        try (Credentials credentials = fresh.credentials()) {
            rotation = lifecycle().rotateChecked(oldId, credentials);
        }

        assertThat(rotation.done()).isTrue();
        assertThat(rotation.verdict()).isEqualTo(KeyVerdict.WORKS);
        KeyRecord replacement = rotation.replacement().orElseThrow();
        assertThat(replacement.label()).isEqualTo("Grid bot");
        assertThat(vault.archivedKeys()).singleElement().satisfies(old -> {
            assertThat(old.id()).isEqualTo(oldId);
            assertThat(old.replacedById()).isEqualTo(replacement.id());
        });
        KeyStatus status = KeyStatus.of(vault, replacement);
        assertThat(status.verdict()).as("the check that let it in is its first").isEqualTo(KeyVerdict.WORKS);
        assertThat(status.lastSignedUse()).isPresent();
    }

    @Test
    @Tag("mutation-redundant")
    void revokingAsksOkxAfterwardsWhetherTheKeyIsGone() throws VaultException {
        KeyLifecycle lifecycle = lifecycle();
        lifecycle.revoke(oldId);

        RevokeConfirmation stillThere = lifecycle.confirmRevoked(oldId);
        assertThat(stillThere.goneOnOkx()).isFalse();
        assertThat(stillThere.sentence()).startsWith("OKX still accepts this revoked key").contains("the key whose API key starts with " + oldKey.apiKey().substring(0, 8) + "\u2026")
                .contains("you called \u201cGrid bot\u201d in Keyhaven").contains("Delete it on OKX");

        okx.remove(oldKey);
        RevokeConfirmation gone = lifecycle.confirmRevoked(oldId);
        assertThat(gone.goneOnOkx()).isTrue();
        assertThat(gone.sentence()).startsWith("Confirmed: OKX no longer accepts \"Grid bot\"");
    }

    @Test
    void revokingCannotConfirmWhileOkxIsUnreachable() throws VaultException {
        KeyLifecycle lifecycle = lifecycle();
        lifecycle.revoke(oldId);
        okxDown();

        RevokeConfirmation unknown = lifecycle.confirmRevoked(oldId);

        assertThat(unknown.goneOnOkx()).isFalse();
        assertThat(unknown.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        assertThat(unknown.sentence()).contains("could not ask OKX whether \"Grid bot\" is deleted");
    }

    @Test
    @Tag("mutation-redundant")
    void lastUseMovesOnlyWhenOkxAcceptedASignedRequest() throws VaultException {
        KeyRecord key = vault.key(oldId).orElseThrow();
        serviceAt(NOW).check(vault, oldId);

        okxDown();
        serviceAt(NOW.plus(Duration.ofDays(1))).check(vault, oldId);
        okx.clearFaults();
        KeyStatus unreachable = KeyStatus.of(vault, key);
        assertThat(unreachable.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        assertThat(unreachable.lastSignedUse()).contains(NOW);
        assertThat(unreachable.factsAsOf()).contains(NOW);

        okx.remove(oldKey);
        serviceAt(NOW.plus(Duration.ofDays(2))).check(vault, oldId);
        KeyStatus refused = KeyStatus.of(vault, key);
        assertThat(refused.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(refused.lastSignedUse()).contains(NOW);
        assertThat(vault.history(oldId)).filteredOn(HistoryEntry::signedUse).hasSize(1);
    }

    @Test
    @Tag("mutation-redundant")
    void aFundingReadOkxDidNotAnswerIsNotReadAndTheKeyStillWorks() throws VaultException {
        okx.failAlways(OkxClient.ASSET_BALANCES_PATH, FakeOkxServer.Fault.html(502));

        CheckResult check = serviceAt(NOW).check(vault, oldId);

        assertThat(check.balances().tradingRead()).isTrue();
        assertThat(check.balances().fundingRead()).isFalse();
        KeyStatus status = KeyStatus.of(vault, vault.key(oldId).orElseThrow());
        assertThat(status.verdict()).as("OKX accepted the key; only a balance was not read")
                .isEqualTo(KeyVerdict.WORKS_WITH_WARNINGS);
        assertThat(status.factsCurrent()).isTrue();
        assertThat(status.lastSignedUse()).contains(NOW);
    }
}
