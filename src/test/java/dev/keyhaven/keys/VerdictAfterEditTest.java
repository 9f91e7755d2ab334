package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxServer;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.VaultException;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue #15: a saved edit of a field the verdict depends on (purpose, label, OKX address) changes the verdict
 * at once, from the last check's facts; a real vault file, a fake OKX on loopback.
 */
class VerdictAfterEditTest extends FakeOkxVaultFixture {

    private long checkedTradingKey(String okxPerm) throws VaultException {
        long id = saveTradingKey("gridbot", okx.add(FakeKey.builder().perm(okxPerm).label("gridbot")));
        serviceAt(Instant.parse("2026-12-01T10:00:00Z")).check(vault, id);
        return id;
    }

    private KeyStatus savedAs(long id, String label, Purpose purpose, String baseUrl) throws VaultException {
        vault.update(id, new KeyDraft(label, purpose, Environment.LIVE, Region.GLOBAL, baseUrl, "", 0, null));
        KeyRecord key = vault.key(id).orElseThrow();
        return KeyStatus.of(vault, key);
    }

    @Test
    void aReadOnlyKeyMovedFromTradingBotToJournalWorksAtOnce() throws VaultException {
        long id = checkedTradingKey("read_only");
        assertThat(KeyStatus.of(vault, vault.key(id).orElseThrow()).verdict()).isEqualTo(KeyVerdict.NEEDS_FIX);

        KeyStatus status = savedAs(id, "gridbot", Purpose.READ_ONLY, okx.baseUrl());

        assertThat(status.verdict()).isEqualTo(KeyVerdict.WORKS);
        assertThat(status.newestCheck().orElseThrow().problemIds()).containsExactly("NO_IP_BINDING");
        assertThat(status.changedSinceCheck()).isFalse();
    }

    @Test
    @Tag("mutation-redundant")
    void aTradingKeyMovedToJournalIsToldItCanTradeNotToTickTrade() throws VaultException {
        long id = checkedTradingKey("read_only,trade");

        KeyStatus status = savedAs(id, "gridbot", Purpose.READ_ONLY, okx.baseUrl());

        assertThat(status.newestCheck().orElseThrow().problemIds()).contains("PERMISSION_EXCESS");
        assertThat(status.cause().map(Problem::id)).isNotEqualTo(java.util.Optional.of(ProblemId.PERMISSION_MISSING));
    }

    @Test
    void aRenamedKeyIsComparedWithOkxsNameUnderItsNewName() throws VaultException {
        long id = checkedTradingKey("read_only,trade");

        KeyStatus status = savedAs(id, "journal", Purpose.TRADING, okx.baseUrl());

        assertThat(status.newestCheck().orElseThrow().problemIds()).contains("LABEL_MISMATCH");
    }

    @Test
    @Tag("mutation-redundant")
    void keyhavensOwnReplacedSuffixIsNoNameDifference() throws VaultException {
        long id = checkedTradingKey("read_only,trade");

        KeyStatus status = savedAs(id, "gridbot (replaced 2026-12-03)", Purpose.TRADING, okx.baseUrl());

        assertThat(status.newestCheck().orElseThrow().problemIds()).doesNotContain("LABEL_MISMATCH");
    }

    @Test
    @Tag("mutation-redundant")
    void aNewOkxAddressMarksTheKeyChangedNotChecked() throws VaultException {
        long id = checkedTradingKey("read_only,trade");

        KeyStatus status = savedAs(id, "gridbot", Purpose.TRADING, "https://www.okx.com");

        assertThat(status.verdict()).isEqualTo(KeyVerdict.CHANGED);
        assertThat(status.changedSinceCheck()).isTrue();
        assertThat(status.movedSinceCheck()).isTrue();
    }

    @Test
    void aOneOffCheckElsewhereSpeaksForItselfAndLeavesTheKeysStatus() throws VaultException {
        long id = checkedTradingKey("read_only,trade");
        String closed;
        try (FakeOkxServer gone = FakeOkxServer.start()) {
            closed = gone.baseUrl();
        }
        KeyRecord key = vault.key(id).orElseThrow();

        CheckResult oneOff = new KeyService(new KeyChecker(client)).check(vault, id, closed);
        KeyStatus status = KeyStatus.of(vault, key);
        CheckVerdict verdict = CheckVerdict.of(key, oneOff, status);

        assertThat(verdict.verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);
        assertThat(status.verdict()).isEqualTo(KeyVerdict.WORKS_WITH_WARNINGS);
        assertThat(status.movedSinceCheck()).isFalse();
        assertThat(status.changedSinceCheck()).isFalse();
    }
    @Test
    void aCheckThatGotNoAnswerAtTheOldAddressIsNotTheVerdictAtTheNewOne() throws VaultException {
        String closed;
        try (FakeOkxServer gone = FakeOkxServer.start()) {
            closed = gone.baseUrl();
        }
        long id = saveTradingKey("gridbot", okx.add(FakeKey.builder().perm("read_only,trade").label("gridbot")));
        savedAs(id, "gridbot", Purpose.TRADING, closed);
        serviceAt(Instant.parse("2026-12-01T10:00:00Z")).check(vault, id);
        assertThat(KeyStatus.of(vault, vault.key(id).orElseThrow()).verdict()).isEqualTo(KeyVerdict.COULD_NOT_CHECK);

        KeyStatus status = savedAs(id, "gridbot", Purpose.TRADING, okx.baseUrl());

        assertThat(status.verdict()).as("nothing was asked at the new address yet").isEqualTo(KeyVerdict.CHANGED);
        assertThat(status.movedSinceCheck()).isTrue();
    }
}
