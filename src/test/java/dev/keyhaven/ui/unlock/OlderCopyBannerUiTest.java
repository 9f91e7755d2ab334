package dev.keyhaven.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The banner over the main window for a vault file older than Keyhaven last saw; it leaves only when accepted. */
class OlderCopyBannerUiTest extends ApplicationTest {

    private static final String PASSWORD = "lantern orbit velvet cactus";

    @TempDir
    Path folder;

    private Vault vault;

    @Override
    public void start(Stage stage) throws Exception {
        Path file = folder.resolve("vault").resolve("vault.keyhaven");
        Files.createDirectories(file.getParent());
        VaultOptions options = VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
        Path older = folder.resolve("older.keyhaven");
        try (Secret password = Secret.ofString(PASSWORD); Vault created = Vault.create(file, password, options)) {
            created.add(VaultTrustViewModelTest.draft("grid bot"));
            Files.copy(file, older);
            created.add(VaultTrustViewModelTest.draft("added later"));
        }
        Files.copy(older, file, StandardCopyOption.REPLACE_EXISTING);
        try (Secret password = Secret.ofString(PASSWORD)) {
            vault = Vault.open(file, password, options);
        }
        OlderCopyBanner banner = OlderCopyBanner.forVault(vault, BackgroundWork.forApp()).orElseThrow();
        stage.setScene(new Scene(new VBox(banner), 700, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.hideStage();
        vault.close();
    }

    @Test
    void theWarningStaysUntilIRestoredItMyself() throws Exception {
        assertThat(lookup("#older-copy-banner").query().isVisible()).isTrue();
        assertThat(lookup("#older-copy-text").<Labeled>query().getText())
                .contains("older than the one Keyhaven last saw");

        clickOn("#older-copy-accept");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !lookup("#older-copy-banner").query().isVisible());
        assertThat(vault.olderCopyWarning()).isEmpty();
    }
}
