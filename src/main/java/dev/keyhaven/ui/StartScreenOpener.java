package dev.keyhaven.ui;

import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.unlock.CreateVaultView;
import dev.keyhaven.ui.unlock.CreateVaultViewModel;
import dev.keyhaven.ui.unlock.ReadAhead;
import dev.keyhaven.ui.unlock.UnlockView;
import dev.keyhaven.ui.unlock.UnlockViewModel;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultFile;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;

/** The screens of a locked app: "Create vault" on first run, "Unlock" after. */
final class StartScreenOpener {

    private final AppConfig config;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final MainWindow window;
    private final ReadAhead readAhead;
    private final Consumer<Vault> unlocked;
    /** True while the start screen derives the key (unlock or create). */
    private final BooleanProperty unlocking = new SimpleBooleanProperty(this, "unlocking");

    /** {@code readAhead} and {@code unlocked} as {@link UnlockViewModel} takes them. */
    StartScreenOpener(AppConfig config, BackgroundWork work, Dialogs dialogs, MainWindow window,
            ReadAhead readAhead, Consumer<Vault> unlocked) {
        this.config = config;
        this.work = work;
        this.dialogs = dialogs;
        this.window = window;
        this.readAhead = readAhead;
        this.unlocked = unlocked;
    }

    /** The create screen on first run, the unlock screen otherwise, with {@code notice} (or null) on it. */
    void open(String notice) {
        window.setScreen(VaultFile.exists(config.vaultFile()) ? unlockScreen(notice) : createScreen());
    }

    boolean isUnlocking() {
        return unlocking.get();
    }

    javafx.beans.value.ObservableBooleanValue unlockingProperty() {
        return unlocking;
    }

    private Node createScreen() {
        CreateVaultViewModel model = new CreateVaultViewModel(config.vaultFile(), config.vaultOptions(), work,
                unlocked);
        unlocking.bind(model.busyProperty());
        return new CreateVaultView(model);
    }

    private Node unlockScreen(String notice) {
        UnlockViewModel model = new UnlockViewModel(config.vaultFile(), config.vaultOptions(), config.clock(), work,
                dialogs, readAhead, unlocked);
        unlocking.bind(model.busyProperty());
        return new UnlockView(model, notice);
    }
}
