package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static dev.keyhaven.ui.UiTestSupport.windowAnswers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.settings.RestoreLooks;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.PreparedRestore;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/**
 * The lock before a restore while something (a daily backup, a Check-all write) holds the vault's monitor: here a
 * thread takes it right after the last look, so it is held across the lock. The vault's close waits for it in the
 * background, never on the JavaFX thread (outside review 29, finding 10): the window answers meanwhile, and nothing
 * takes the vault's place until the close has ended.
 */
class RestoreLockClosesInTheBackgroundUiTest extends AppUiTest {

    private final CountDownLatch held = new CountDownLatch(1);
    private volatile VaultMonitorHold hold;
    private final List<String> said = new CopyOnWriteArrayList<>();

    @Override
    AppConfig config(Path vault, Path configDirectory) throws Exception {
        vaultExists();
        return super.config(vault, configDirectory);
    }

    /** The app's own looks; after the last one a thread takes the vault's monitor and keeps it until released. */
    private RestoreLooks holdingAfterTheLooks() {
        return new RestoreLooks() {
            @Override
            public void requireFree(Vault open) throws VaultException {
                RestoreLooks.OF_THE_VAULT.requireFree(open);
                try {
                    hold = new VaultMonitorHold(open);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                held.countDown();
            }

            @Override
            public PreparedRestore prepare(Vault open, Backup backup) throws VaultException {
                return RestoreLooks.OF_THE_VAULT.prepare(open, backup);
            }
        };
    }

    @Test
    void theWindowAnswersWhileTheCloseWaitsAndTheRestoreWaitsForTheClose() throws Exception {
        unlock();
        waitUntil(() -> app.shell().vault().isPresent());
        Vault vault = app.shell().vault().orElseThrow();
        Backup backup = vault.backups().now("by hand");
        byte[] before = Files.readAllBytes(vaultFile());
        BackupRestore restorer = new BackupRestore(vaultFile(), VaultOptions.forTests(), BackgroundWork.forApp(),
                holdingAfterTheLooks(), new BackupRestore.Screens(app.shell()::lockForRestore,
                        () -> said.add("restoring"), said::add));

        try {
            Platform.runLater(() -> restorer.restore(vault, backup, said::add));
            assertThat(held.await(20, TimeUnit.SECONDS)).as("the looks ended, the vault is held").isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!said.contains("restoring") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(said).as("locked, and saying it restores").containsExactly("restoring");
            assertThat(windowAnswers()).as("the window answers while the close waits for the vault").isTrue();
            Thread.sleep(500);
            assertThat(said).as("nothing restored while the vault is still open").containsExactly("restoring");
            assertThat(Files.readAllBytes(vaultFile())).as("the vault file still in its place").isEqualTo(before);
        } finally {
            if (hold != null) {
                hold.close();
            }
        }
        waitUntil(() -> said.size() == 2);
        assertThat(said.get(1)).startsWith("Restored the backup from");
        assertThat(app.shell().vault()).isEmpty();
    }
}
