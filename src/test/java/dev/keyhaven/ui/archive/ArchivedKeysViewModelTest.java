package dev.keyhaven.ui.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.RecordingDialogs;
import java.util.ArrayList;
import java.util.List;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivedKeysViewModelTest {

    @TempDir
    Path folder;

    private static Credentials credentials(String apiKey) {
        return new Credentials(Secret.ofString(apiKey), Secret.ofString("s"), Secret.ofString("p"));
    }

    @Test
    void showsWhatReplacedEachArchivedKeyOrThatItWasRevokedWithItsHistory() throws Exception {
        try (Secret password = Secret.ofString("lantern orbit velvet cactus");
                Vault vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
                Credentials first = credentials("api-1");
                Credentials second = credentials("api-2");
                Credentials third = credentials("api-3")) {
            KeyRecord bot = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null,
                    "", 0, first)).record();
            KeyRecord journal = vault.add(new KeyDraft("Journal", Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL,
                    null, "", 0, second)).record();
            KeyLifecycle lifecycle = new KeyLifecycle(vault, Clock.systemUTC());
            long newBot = lifecycle.rotate(bot.id(), third).record().id();
            lifecycle.revoke(journal.id());

            ArchivedKeysViewModel model = new ArchivedKeysViewModel(vault, BackgroundWork.inline(), ZoneOffset.UTC,
                    new RecordingDialogs(), copied -> { }, restored -> { });
            assertThat(model.keys()).isEmpty();
            model.load();

            assertThat(model.keys()).hasSize(2);
            ArchivedKey rotated = model.keys().stream().filter(key -> key.id() == bot.id()).findFirst().orElseThrow();
            assertThat(rotated.label()).startsWith("Grid bot (replaced ");
            assertThat(rotated.fate()).isEqualTo("Replaced by \u201cGrid bot\u201d.");
            assertThat(rotated.archived()).startsWith("Archived ");
            assertThat(rotated.history()).anyMatch(line -> line.contains("Replaced in a rotation"));
            ArchivedKey revoked = model.keys().stream().filter(key -> key.id() == journal.id()).findFirst().orElseThrow();
            assertThat(revoked.fate()).isEqualTo("Revoked: not replaced.");
            assertThat(revoked.history()).anyMatch(line -> line.contains("Revoked as possibly compromised"));
            assertThat(vault.key(newBot).orElseThrow().archived()).isFalse();
            assertThat(model.problemProperty().get()).isEmpty();
        }
    }

    @Test
    void aKeyRotatedRestoredThenRevokedSaysSoTruthfully() throws Exception {
        try (Secret password = Secret.ofString("lantern orbit velvet cactus");
                Vault vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
                Credentials first = credentials("api-1");
                Credentials second = credentials("api-2")) {
            KeyRecord bot = vault.add(new KeyDraft("Grid bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null,
                    "", 0, first)).record();
            KeyLifecycle lifecycle = new KeyLifecycle(vault, Clock.systemUTC());
            lifecycle.rotate(bot.id(), second);
            lifecycle.restore(bot.id());
            lifecycle.revoke(bot.id());

            ArchivedKeysViewModel model = new ArchivedKeysViewModel(vault, BackgroundWork.inline(), ZoneOffset.UTC,
                    new RecordingDialogs(), copied -> { }, restored -> { });
            model.load();
            ArchivedKey revoked = model.keys().stream().filter(key -> key.id() == bot.id()).findFirst().orElseThrow();
            assertThat(revoked.fate()).startsWith("Revoked after it was restored")
                    .contains("a rotation had replaced it before").doesNotContain("not replaced");
        }
    }

    @Test
    void copiesAValueOfAnArchivedKeyAndRestoresItOnlyWhenConfirmed() throws Exception {
        try (Secret password = Secret.ofString("lantern orbit velvet cactus");
                Vault vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
                Credentials first = credentials("api-1")) {
            KeyRecord journal = vault.add(new KeyDraft("Journal", Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL,
                    null, "", 0, first)).record();
            vault.recordHistory(journal.id(), new dev.keyhaven.vault.HistoryEntry(java.time.Instant.now()
                    .minusSeconds(3600), dev.keyhaven.vault.HistoryEntry.Kind.CHECK,
                    dev.keyhaven.vault.HistoryEntry.Outcome.OK, "Works.", true, null, List.of(), null, List.of(), null));
            new KeyLifecycle(vault, Clock.systemUTC()).revoke(journal.id());
            List<String> clipboard = new ArrayList<>();
            List<Long> restored = new ArrayList<>();
            RecordingDialogs dialogs = new RecordingDialogs().answering(false);
            ArchivedKeysViewModel model = new ArchivedKeysViewModel(vault, BackgroundWork.inline(), ZoneOffset.UTC,
                    dialogs, copied -> clipboard.add(new String(copied.chars())), restored::add);
            model.load();
            ArchivedKey archived = model.keys().get(0);

            model.copy(archived, ArchivedKeysViewModel.Value.API_KEY);
            assertThat(clipboard).as("the API key needs no password").containsExactly("api-1");
            assertThat(dialogs.confirmations).isEmpty();
            model.copy(archived, ArchivedKeysViewModel.Value.PASSPHRASE);
            assertThat(clipboard).as("cancelled at the master password").containsExactly("api-1");
            assertThat(dialogs.confirmations).singleElement().asString().startsWith("Copy the passphrase?")
                    .contains("master password");
            dialogs.typingPassword("not the password");
            model.copy(archived, ArchivedKeysViewModel.Value.PASSPHRASE);
            assertThat(clipboard).containsExactly("api-1");
            assertThat(model.messageProperty().get()).contains("not your master password");
            dialogs.typingPassword("lantern orbit velvet cactus");
            model.copy(archived, ArchivedKeysViewModel.Value.PASSPHRASE);
            model.copy(archived, ArchivedKeysViewModel.Value.SECRET_KEY);
            assertThat(clipboard).containsExactly("api-1", "p", "s");
            assertThat(dialogs.confirmations).as("asked once, not again for the next secret").hasSize(3);
            assertThat(model.messageProperty().get()).contains("secret key of \u201cJournal\u201d");
            assertThat(model.messageProperty().get()).doesNotContain("api-1");
            dialogs.confirmations.clear();

            model.restore(archived);
            assertThat(dialogs.confirmations).singleElement().asString().contains("may have leaked");
            assertThat(vault.key(journal.id()).orElseThrow().archived()).isTrue();
            assertThat(restored).isEmpty();

            dialogs.answering(true);
            model.restore(archived);
            assertThat(vault.key(journal.id()).orElseThrow().archived()).isFalse();
            assertThat(KeyStatus.of(vault, vault.key(journal.id()).orElseThrow()).verdict())
                    .as("checked before it was archived: that check no longer speaks for it")
                    .isEqualTo(KeyVerdict.CHANGED);
            assertThat(vault.history(journal.id())).anyMatch(KeyStatus::isRestore);
            assertThat(restored).containsExactly(journal.id());
            assertThat(model.keys()).isEmpty();
        }
    }
}
