package dev.keyhaven.ui;

import dev.keyhaven.keys.BatchCheck;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.ui.status.CheckAllView;
import dev.keyhaven.ui.status.CheckAllViewModel;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** "Check all" in the toolbar: checks every key a few at a time within OKX's limits, then refreshes the marks. */
final class CheckAllOpener {

    private final UnlockedSession session;
    private final Navigator navigator;
    private final KeyListViewModel keyList;
    private final KeyPageOpener keyPages;
    private final BooleanProperty checkingAll = new SimpleBooleanProperty(this, "checkingAll");
    private final java.time.Clock clock;
    private CheckAllViewModel current;

    CheckAllOpener(UnlockedSession session, Navigator navigator, KeyListViewModel keyList, KeyPageOpener keyPages,
                   java.time.Clock clock) {
        this.session = session;
        this.clock = clock;
        this.navigator = navigator;
        this.keyList = keyList;
        this.keyPages = keyPages;
    }

    /** True while a Check all runs: the toolbar's button waits for it. */
    ReadOnlyBooleanProperty checkingAllProperty() {
        return checkingAll;
    }

    /** Checks every key in the list. */
    void open() {
        open(session.current(), keyList.items().stream().map(KeyListItem::key).toList());
    }

    private void open(Vault unlocked, List<KeyRecord> keys) {
        if (unlocked == null || keys.isEmpty() || checkingAll.get() || !navigator.mayLeavePage()) {
            return;
        }
        KeyListItem before = keyList.selectedProperty().get();
        keyList.selectedProperty().set(null);
        CheckAllViewModel model = new CheckAllViewModel(unlocked, keys, new BatchCheck(session::keyService),
                task -> {
                    Thread thread = new Thread(task, "check-all");
                    thread.setDaemon(true);
                    thread.start();
                },
                Platform::runLater,
                () -> {
                    checkingAll.set(false);
                    if (session.isCurrent(unlocked)) {
                        keyList.reload(unlocked, null);
                    }
                }, clock);
        current = model;
        checkingAll.set(true);
        navigator.show(new CheckAllView(model, () -> backTo(before)));
        model.start();
    }

    /** Leaving the page: back to the key whose page was open before Check all, if it is still in the list. */
    private void backTo(KeyListItem before) {
        KeyListItem again = before == null ? null : keyList.find(before.key().id()).orElse(null);
        if (again != null && keyList.selectedProperty().get() == null) {
            keyList.selectedProperty().set(again);
        } else {
            keyPages.showSelected();
        }
    }

    /** Stops a Check all under way (on lock). */
    void stop() {
        if (current != null) {
            current.stop();
        }
    }

    void forget() {
        current = null;
    }
}
