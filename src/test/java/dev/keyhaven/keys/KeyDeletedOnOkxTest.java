package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.VaultException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A key OKX accepted and then no longer knows (issue #15, walk20b 4/B): its next step says it was deleted on
 * OKX and points to archiving it without a leak story; archived so, its card says why.
 */
class KeyDeletedOnOkxTest extends FakeOkxVaultFixture {

    private static final Instant WORKED = Instant.parse("2026-12-03T15:24:00Z");
    private static final Instant REFUSED = Instant.parse("2026-12-03T15:30:00Z");

    private FakeKey onOkx;
    private long gridBot;

    private void savedThenDeletedOnOkx() throws VaultException {
        onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("Gridbot"));
        gridBot = saveTradingKey("Gridbot", onOkx);
        serviceAt(WORKED).check(vault, gridBot);
        okx.remove(onOkx);
        serviceAt(REFUSED).check(vault, gridBot);
    }

    private KeyRecord key() throws VaultException {
        return vault.key(gridBot).orElseThrow();
    }

    @Test
    void aKeyOkxAcceptedAndNowDoesNotKnowIsToldDeletedOnOkxWithTheArchiveRoute() throws VaultException {
        savedThenDeletedOnOkx();

        KeyStatus status = KeyStatus.of(vault, key());
        assertThat(status.verdict()).isEqualTo(KeyVerdict.REJECTED);
        assertThat(status.unknownOnOkx()).isTrue();
        assertThat(status.reason()).isEqualTo(
                "OKX no longer knows this API key (code 50111), though it accepted it on 3 December 2026: the key was"
                        + " deleted on OKX.");
        assertThat(status.fix()).startsWith("Nothing is left to delete on OKX")
                .contains("Archive it in Keyhaven").contains("create a new key on OKX")
                .doesNotContain("Copy the API key again");
        assertThat(status.advice()).extracting(Problem::fix).containsExactly(status.fix());
    }

    @Test
    void itsOwnAddressGivenForOneCheckIsAnOrdinaryCheckThatTellsTheDeletion() throws VaultException {
        onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("Gridbot"));
        gridBot = saveTradingKey("Gridbot", onOkx);
        serviceAt(WORKED).check(vault, gridBot);
        okx.remove(onOkx);

        serviceAt(REFUSED).check(vault, gridBot, key().effectiveBaseUrl());

        KeyStatus status = KeyStatus.of(vault, key());
        assertThat(status.unknownOnOkx()).isTrue();
        assertThat(status.fix()).startsWith("Nothing is left to delete on OKX");
    }

    @Test
    void aKeyOkxNeverAcceptedKeepsTheCopyAgainAdvice() throws VaultException {
        FakeKey typo = FakeKey.builder().perm("read_only,trade").build();
        gridBot = saveTradingKey("Gridbot", typo);
        serviceAt(REFUSED).check(vault, gridBot);

        KeyStatus status = KeyStatus.of(vault, key());
        assertThat(status.unknownOnOkx()).isTrue();
        assertThat(status.fix()).startsWith("Copy the API key again from OKX's API page");
    }

    @Test
    void archivingAKeyOkxNoLongerKnowsTellsWhyWithoutALeakStory() throws VaultException {
        savedThenDeletedOnOkx();
        KeyLifecycle lifecycle = new KeyLifecycle(vault, Clock.fixed(REFUSED.plusSeconds(60), ZoneOffset.UTC));

        lifecycle.archiveGone(gridBot);

        assertThat(key().archived()).isTrue();
        ArchiveReason reason = ArchiveReason.of(vault, key());
        assertThat(reason.word()).isEqualTo("gone");
        assertThat(reason.sentence()).isEqualTo("Archived: OKX no longer knew this key on 3 Dec 2026, 15:30.");
        assertThat(vault.history(gridBot)).extracting(HistoryEntry::summary)
                .noneMatch(summary -> summary.contains("compromised") || summary.contains("leak"));
    }

    @Test
    void aRestoredGoneKeyRevokedLaterIsRevokedAgain() throws VaultException {
        savedThenDeletedOnOkx();
        KeyLifecycle lifecycle = new KeyLifecycle(vault, Clock.fixed(REFUSED.plusSeconds(60), ZoneOffset.UTC));
        lifecycle.archiveGone(gridBot);
        new KeyLifecycle(vault, Clock.fixed(REFUSED.plusSeconds(120), ZoneOffset.UTC)).restore(gridBot);
        new KeyLifecycle(vault, Clock.fixed(REFUSED.plusSeconds(180), ZoneOffset.UTC)).revoke(gridBot);

        assertThat(ArchiveReason.of(vault, key()).word()).isEqualTo("revoked");
    }

    @Test
    void aKeyOkxStillKnowsIsNotArchivedThisWay() throws VaultException {
        onOkx = okx.add(FakeKey.builder().perm("read_only,trade").ips("127.0.0.1").label("Gridbot"));
        gridBot = saveTradingKey("Gridbot", onOkx);
        serviceAt(WORKED).check(vault, gridBot);
        KeyLifecycle lifecycle = new KeyLifecycle(vault, Clock.fixed(REFUSED, ZoneOffset.UTC));

        assertThatThrownBy(() -> lifecycle.archiveGone(gridBot)).isInstanceOf(VaultException.class)
                .hasMessageContaining("did not say, when it last answered");
        assertThat(key().archived()).isFalse();
    }
}
