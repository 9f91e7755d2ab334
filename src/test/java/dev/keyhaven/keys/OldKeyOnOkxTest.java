package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The step a rotation leaves: delete the replaced key on OKX, until the trader says so or OKX no longer knows it. */
class OldKeyOnOkxTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Vault vault;
    private long old;
    private long replacement;

    @BeforeEach
    void rotateAKey() throws VaultException {
        vault = Vault.create(folder.resolve("keys.keyhaven"), Secret.ofString("master password for tests"),
                VaultOptions.forTests().withClock(CLOCK));
        try (Credentials credentials = credentials("apikey-OLD1234567", "old")) {
            old = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 90,
                    credentials)).record().id();
        }
        try (Credentials fresh = credentials("apikey-NEW7654321", "new")) {
            replacement = new KeyLifecycle(vault, CLOCK).rotate(old, fresh).record().id();
        }
    }

    @AfterEach
    void lock() {
        vault.close();
    }

    @Test
    void aReplacedKeyNamesItsNameOnOkxAndTheStartOfItsApiKey() throws VaultException {
        OldKeyOnOkx step = OldKeyOnOkx.due(vault, old).orElseThrow();

        assertThat(step.archivedId()).isEqualTo(old);
        assertThat(step.url()).isEqualTo(Region.EEA.apiManagementUrl());
        assertThat(step.sentence()).isEqualTo(OldKeyOnOkx.sentence("apikey-O", "Grid bot"))
                .contains("\u201cGrid bot\u201d").contains("starts with apikey-O\u2026").doesNotContain("OLD1234567");
    }

    @Test
    void aReplacementRenamedInKeyhavenDoesNotRenameTheOldKeyOnOkx() throws VaultException {
        KeyDraft renamed = KeyDraft.of(vault.key(replacement).orElseThrow());
        vault.update(replacement, new KeyDraft("Grid bot v2", renamed.purpose(), renamed.environment(),
                renamed.region(), renamed.baseUrl(), renamed.notes(), renamed.rotationDays(), null));

        String sentence = OldKeyOnOkx.due(vault, old).orElseThrow().sentence();

        assertThat(sentence).as("Keyhaven never knew the key's name on OKX").doesNotContain("Grid bot v2")
                .doesNotContain("key named").contains("whose API key starts with apikey-O\u2026")
                .contains("you called \u201cGrid bot\u201d in Keyhaven");
    }

    @Test
    void anApiKeyShorterThanWhatIsShownIsShownWhole() {
        assertThat(OldKeyOnOkx.sentence("abc", "x")).contains("starts with abc\u2026");
    }

    @Test
    @Tag("mutation-redundant")
    void noStepForAnActiveKeyARevokedKeyOrNoKey() throws VaultException {
        assertThat(OldKeyOnOkx.due(vault, replacement)).as("active").isEmpty();
        assertThat(OldKeyOnOkx.due(vault, 999)).as("no such key").isEmpty();
        vault.archive(replacement, null);
        assertThat(OldKeyOnOkx.due(vault, replacement)).as("revoked, not replaced").isEmpty();
    }

    @Test
    void theStepGoesOnceTheTraderSaysItIsDeletedAndKeepsTheOtherTicks() throws VaultException {
        vault.setChecklistDone(old, Set.of("ip-binding"));

        assertThat(OldKeyOnOkx.markDeleted(vault, old)).isEmpty();
        assertThat(OldKeyOnOkx.markDeleted(vault, 999)).isEmpty();

        assertThat(OldKeyOnOkx.due(vault, old)).isEmpty();
        assertThat(vault.key(old).orElseThrow().checklistDone()).containsExactlyInAnyOrder("ip-binding",
                OldKeyOnOkx.DELETED_STEP);
    }

    @Test
    void theStepGoesWhenTheNewestCheckFindsOkxNoLongerKnowsTheKey() throws VaultException {
        vault.recordHistory(old, check(NOW.minusSeconds(60), "KEY_NOT_FOUND"));
        vault.recordHistory(old, check(NOW, "NETWORK"));
        assertThat(OldKeyOnOkx.due(vault, old)).as("the newest check could not reach OKX").isPresent();

        vault.recordHistory(old, check(NOW.plusSeconds(60), "AUTH_INVALID_KEY"));
        assertThat(OldKeyOnOkx.due(vault, old)).isEmpty();
    }

    @Test
    void aKeyNotFoundAnswerEndsItToo() throws VaultException {
        vault.recordHistory(old, new HistoryEntry(NOW.plusSeconds(5), HistoryEntry.Kind.KEEP_ALIVE,
                HistoryEntry.Outcome.FAILED, "", false, null, List.of(), null, List.of("KEY_NOT_FOUND"), null));
        assertThat(OldKeyOnOkx.due(vault, old)).as("only checks count").isPresent();

        vault.recordHistory(old, check(NOW.plusSeconds(60), "KEY_NOT_FOUND"));
        assertThat(OldKeyOnOkx.due(vault, old)).isEmpty();
    }

    @Test
    void deletingForGoodNamesTheKeyAndSaysItCannotBeUndone() throws VaultException {
        assertThat(DeleteForGood.question("Grid bot (replaced 2026-12-01)"))
                .isEqualTo("Delete \"Grid bot (replaced 2026-12-01)\" for good?");
        assertThat(DeleteForGood.consequence(vault.history(old), ZoneOffset.UTC)).startsWith("Its three values")
                .contains("cannot be undone").contains("backup").doesNotContain("OKX still accepted");
    }

    @Test
    void aKeyOkxAcceptedInItsNewestCheckIsNotTakenAsDeletedOnTheTradersWord() throws VaultException {
        vault.recordHistory(old, accepted(NOW.plusSeconds(60)));

        assertThat(OldKeyOnOkx.markDeleted(vault, old)).get().asString().startsWith("OKX still accepted the old key");
        assertThat(OldKeyOnOkx.due(vault, old)).as("the step stays").isPresent();
        assertThat(DeleteForGood.consequence(vault.history(old), ZoneOffset.UTC))
                .startsWith("OKX still accepted this key when Keyhaven last asked (1 Dec 2026, 10:01)")
                .contains("delete it on OKX's API page first").contains("cannot be undone");

        vault.recordHistory(old, new HistoryEntry(NOW.plusSeconds(90), HistoryEntry.Kind.CHANGE,
                HistoryEntry.Outcome.INFO, "Note.", false, null, List.of(), null, List.of(), null));
        assertThat(OldKeyOnOkx.markDeleted(vault, old)).as("a newer note is not OKX's answer").isPresent();

        vault.recordHistory(old, check(NOW.plusSeconds(120), "NETWORK"));
        assertThat(OldKeyOnOkx.markDeleted(vault, old)).as("a newer check that could not reach OKX").isEmpty();
        assertThat(OldKeyOnOkx.due(vault, old)).isEmpty();
    }

    private static HistoryEntry accepted(Instant at) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.OK, "Checked.", true, null, List.of(),
                null, List.of(), null);
    }

    private static HistoryEntry check(Instant at, String problem) {
        return new HistoryEntry(at, HistoryEntry.Kind.CHECK, HistoryEntry.Outcome.FAILED, "", false, null, List.of(),
                null, List.of(problem), null);
    }

    private static Credentials credentials(String apiKey, String tag) {
        return new Credentials(Secret.ofString(apiKey), Secret.ofString("SECRET" + tag.toUpperCase()),
                Secret.ofString("Passphrase-" + tag + "1!"));
    }
}
