package dev.keyhaven.ui;

import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.ui.settings.SettingsView;
import dev.keyhaven.ui.settings.SettingsViewModel;
import dev.keyhaven.vault.Backup;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** "Settings" in the toolbar: the app's settings, the master password and the vault's backups. */
final class SettingsOpener {

    private final UnlockedSession session;
    private final Navigator navigator;
    private final KeyListViewModel keyList;
    private final KeyPageOpener keyPages;
    private final LiveSettings settings;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final BiConsumer<Backup, Consumer<String>> restore;
    private final Consumer<String> statusBar;

    SettingsOpener(UnlockedSession session, Navigator navigator, KeyListViewModel keyList, KeyPageOpener keyPages,
            LiveSettings settings, BackgroundWork work, Dialogs dialogs, BiConsumer<Backup, Consumer<String>> restore,
            Consumer<String> statusBar) {
        this.session = session;
        this.navigator = navigator;
        this.keyList = keyList;
        this.keyPages = keyPages;
        this.settings = settings;
        this.work = work;
        this.dialogs = dialogs;
        this.restore = restore;
        this.statusBar = statusBar;
    }

    void open() {
        if (!session.isOpen() || !navigator.mayLeavePage()) {
            return;
        }
        keyList.selectedProperty().set(null);
        SettingsViewModel model = new SettingsViewModel(settings.get(), session.current(), work, dialogs,
                settings::update, restore, statusBar);
        navigator.show(new SettingsView(model, keyPages::showSelected));
    }
}
