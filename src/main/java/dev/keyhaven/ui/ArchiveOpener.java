package dev.keyhaven.ui;

import dev.keyhaven.ui.archive.ArchivedKeysView;
import dev.keyhaven.ui.archive.ArchivedKeysViewModel;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import java.time.ZoneId;

/** "Archived keys" under the key list: the keys replaced or revoked. */
final class ArchiveOpener {

    private final UnlockedSession session;
    private final Navigator navigator;
    private final KeyListViewModel keyList;
    private final KeyPageOpener keyPages;
    private final BackgroundWork work;

    ArchiveOpener(UnlockedSession session, Navigator navigator, KeyListViewModel keyList, KeyPageOpener keyPages,
            BackgroundWork work) {
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
        ArchivedKeysViewModel model = new ArchivedKeysViewModel(session.current(), work, ZoneId.systemDefault());
        model.load();
        navigator.show(new ArchivedKeysView(model, keyPages::showSelected));
    }
}
