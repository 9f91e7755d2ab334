package dev.keyhaven.ui;

import dev.keyhaven.ui.archive.ArchivedKeysView;
import dev.keyhaven.ui.archive.ArchivedKeysViewModel;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import java.time.ZoneId;

/** "Archived keys" under the key list: the keys replaced or revoked. */
final class ArchiveOpener {

    private final UnlockedSession session;
    private final Navigator navigator;
    private final KeyListViewModel keyList;
    private final KeyPageOpener keyPages;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Toast toast;
    private final java.util.function.Consumer<String> openUrl;

    ArchiveOpener(UnlockedSession session, Navigator navigator, KeyListViewModel keyList, KeyPageOpener keyPages,
            BackgroundWork work, Dialogs dialogs, Toast toast, java.util.function.Consumer<String> openUrl) {
        this.openUrl = openUrl;
        this.dialogs = dialogs;
        this.toast = toast;
        this.session = session;
        this.navigator = navigator;
        this.keyList = keyList;
        this.keyPages = keyPages;
        this.work = work;
    }

    void open() {
        if (!session.isOpen() || !navigator.mayLeavePage()) {
            return;
        }
        keyList.selectedProperty().set(null);
        Vault unlocked = session.current();
        ArchivedKeysViewModel model = new ArchivedKeysViewModel(unlocked, work, ZoneId.systemDefault(), dialogs,
                secret -> {
                    session.clipboard().copy(secret);
                    // The page's own note says it was copied, above the cards: the floating one would only
                    // cover the next buttons.
                    session.copiedNote().hide();
                }, restored -> {
                    if (session.isCurrent(unlocked)) {
                        toast.show("Restored the key to your keys. Check it with OKX before a bot uses it.");
                        keyPages.showForCheck(unlocked, restored);
                    }
                });
        model.setChecks(session.keyService());
        model.setOnArchiveChanged(() -> {
            if (session.isCurrent(unlocked)) {
                keyList.reload(unlocked, null);
            }
        });
        model.load();
        navigator.show(new ArchivedKeysView(model, keyPages::showSelected, openUrl));
    }
}
