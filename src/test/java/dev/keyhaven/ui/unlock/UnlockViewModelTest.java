package dev.keyhaven.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ManualClock;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.RecordingDialogs;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockViewModelTest {

    private static final String PASSWORD = "lantern orbit velvet cactus";

    @TempDir
    Path folder;

    private Path vaultFile;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Vault> unlocked = new ArrayList<>();
    private final List<String> openedAhead = new ArrayList<>();
    private final List<Vault> forgotten = new ArrayList<>();
    private final ReadAhead recorded = new ReadAhead(
            vault -> openedAhead.add(Thread.currentThread().getName() + (unlocked.isEmpty() ? ", before the hand-over" : "")),
            forgotten::add);
    private UnlockViewModel model;

    @BeforeEach
    void createVault() throws Exception {
        vaultFile = folder.resolve("vault.keyhaven");
        try (Secret password = Secret.ofString(PASSWORD)) {
            Vault.create(vaultFile, password, VaultOptions.forTests()).close();
        }
        model = new UnlockViewModel(vaultFile, VaultOptions.forTests(), clock, BackgroundWork.inline(), dialogs,
                recorded, unlocked::add);
    }

    @AfterEach
    void closeVaults() {
        unlocked.forEach(Vault::close);
    }

    private void tryPassword(String password) {
        try (Secret typed = Secret.ofString(password)) {
            model.unlock(typed);
        }
    }

    @Test
    void theRightPasswordHandsOverTheOpenVault() {
        tryPassword(PASSWORD);
        assertThat(unlocked).hasSize(1);
        assertThat(unlocked.get(0).isLocked()).isFalse();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void theOpenedVaultIsHandedToTheUnlocksOwnThreadFirst() {
        tryPassword("not the password");
        assertThat(openedAhead).isEmpty();
        tryPassword(PASSWORD);
        assertThat(openedAhead).containsExactly(Thread.currentThread().getName() + ", before the hand-over");
    }

    @Test
    void whatWasReadAheadFromAnAbandonedUnlockIsForgotten() {
        List<Runnable> jobs = new ArrayList<>();
        UnlockViewModel later = new UnlockViewModel(vaultFile, VaultOptions.forTests(), clock,
                new BackgroundWork(jobs::add, Runnable::run), dialogs, recorded, unlocked::add);
        try (Secret typed = Secret.ofString(PASSWORD)) {
            later.unlock(typed);
        }
        later.cancel();
        jobs.forEach(Runnable::run);

        assertThat(openedAhead).hasSize(1);
        assertThat(unlocked).isEmpty();
        assertThat(forgotten).singleElement().satisfies(vault -> assertThat(vault.isLocked()).isTrue());
    }

    @Test
    void aReadAheadThatFailsClosesTheVaultSoTheNextUnlockOpensIt() {
        UnlockViewModel failing = new UnlockViewModel(vaultFile, VaultOptions.forTests(), clock, BackgroundWork.inline(),
                dialogs, new ReadAhead(vault -> {
                    throw new IllegalStateException("read failed");
                }, vault -> { }), unlocked::add);
        try (Secret typed = Secret.ofString(PASSWORD)) {
            failing.unlock(typed);
        }
        assertThat(unlocked).isEmpty();

        tryPassword(PASSWORD);
        assertThat(unlocked).singleElement().satisfies(vault -> assertThat(vault.isLocked()).isFalse());
    }

    @Test
    void aWrongPasswordSaysSoWithTheNextStep() {
        tryPassword("wrong horse");
        assertThat(unlocked).isEmpty();
        assertThat(model.messageProperty().get()).contains("does not open this vault").contains("Caps Lock");
        assertThat(model.secondsToWaitProperty().get()).isZero();
    }

    @Test
    void afterThreeWrongPasswordsTheNextTryWaitsAndTheWaitGrows() {
        tryPassword("wrong 1");
        tryPassword("wrong 2");
        tryPassword("wrong 3");
        assertThat(model.secondsToWaitProperty().get()).isEqualTo(5);
        assertThat(model.messageProperty().get()).contains("wait 5 seconds");

        tryPassword(PASSWORD);
        assertThat(unlocked).as("a try during the wait is not even made").isEmpty();

        clock.advance(Duration.ofSeconds(5));
        tryPassword("wrong 4");
        assertThat(model.secondsToWaitProperty().get()).isEqualTo(10);

        clock.advance(Duration.ofSeconds(10));
        tryPassword(PASSWORD);
        assertThat(unlocked).hasSize(1);
        assertThat(model.failures()).isZero();
    }

    @Test
    void theWaitIsCapped() {
        assertThat(UnlockViewModel.waitAfter(2)).isZero();
        assertThat(UnlockViewModel.waitAfter(3)).hasSeconds(5);
        assertThat(UnlockViewModel.waitAfter(5)).hasSeconds(20);
        assertThat(UnlockViewModel.waitAfter(60)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aDamagedVaultOffersTheNewestGoodBackupAndRestoresIt() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD);
                Vault vault = Vault.open(vaultFile, password, VaultOptions.forTests())) {
            vault.backups().now("manual");
        }
        Files.write(vaultFile, new byte[4096]);
        dialogs.answering(true);

        tryPassword(PASSWORD);

        assertThat(dialogs.confirmations).singleElement().asString().contains("damaged").contains("whole backup")
                .contains("proves it with its master password").contains("check your keys once it is open")
                .doesNotContain("good backup");
        assertThat(dialogs.destructive).as("Restore backup replaces the vault: drawn red").hasSize(1);
        assertThat(model.noticeProperty().get()).startsWith("Restored the backup");
        assertThat(model.messageProperty().get()).as("good news is not drawn as a problem").isEmpty();
        tryPassword(PASSWORD);
        assertThat(unlocked).hasSize(1);
    }

    @Test
    void aDamagedVaultIsLeftAloneWhenTheUserDeclines() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD);
                Vault vault = Vault.open(vaultFile, password, VaultOptions.forTests())) {
            vault.backups().now("manual");
        }
        Files.write(vaultFile, new byte[4096]);
        dialogs.answering(false);

        tryPassword(PASSWORD);

        assertThat(model.messageProperty().get()).contains("damaged").contains("Restore the backup");
        assertThat(Files.readAllBytes(vaultFile)).containsOnly(0);
    }

    @Test
    void aCommandHoldingTheVaultForAMomentIsWaitedFor() throws Exception {
        Secret password = Secret.ofString(PASSWORD);
        Vault command = Vault.open(vaultFile, password, VaultOptions.forTests());
        Thread finishing = new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            command.close();
            password.close();
        });
        finishing.start();

        tryPassword(PASSWORD);
        finishing.join();

        assertThat(unlocked).hasSize(1);
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void aVaultOpenElsewhereIsNamedAsSuch() throws Exception {
        try (Secret password = Secret.ofString(PASSWORD);
                Vault first = Vault.open(vaultFile, password, VaultOptions.forTests())) {
            tryPassword(PASSWORD);
            assertThat(model.messageProperty().get()).contains("Another Keyhaven window has this vault open");
        }
    }
}
