package dev.keyhaven.ui.keylist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.FxTest;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reload that finds the same keys (the periodic one, or one after a save elsewhere) refills the list: the key
 * whose page shows must stay highlighted in it, not only selected in the model.
 */
class KeyListReloadSelectionUiTest extends FxTest {

    private Path folder;
    private Vault vault;
    private KeyListViewModel model;

    @Override
    public void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("keyhaven-reload-selection");
        try (Secret password = Secret.ofString("lantern orbit velvet cactus")) {
            vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
        }
        model = new KeyListViewModel(BackgroundWork.inline(), message -> { });
        stage.setScene(new Scene(new KeyListView(model), 320, 400));
        stage.show();
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    private KeyRecord add(String label) throws Exception {
        try (Credentials credentials = new Credentials(Secret.ofString("k-" + label), Secret.ofString("s"),
                Secret.ofString("p"))) {
            return vault.add(new KeyDraft(label, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", 0,
                    credentials)).record();
        }
    }

    @Test
    void aReloadOfTheSameKeysKeepsTheSelectedKeyHighlighted() throws Exception {
        add("Alpha");
        KeyRecord grid = add("Gridbot");
        interact(() -> model.reload(vault, grid.id()));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = lookup("#key-list").queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedIndex()).as("selected after the first load").isEqualTo(1);

        interact(() -> model.reload(vault, null));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.selectedProperty().get().key().id()).isEqualTo(grid.id());
        assertThat(list.getSelectionModel().getSelectedIndex()).as("the list's highlight after a reload")
                .isEqualTo(1);
    }
}
