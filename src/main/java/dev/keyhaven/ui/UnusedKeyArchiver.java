package dev.keyhaven.ui;

import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;

/**
 * "Archive this key…" in a key's More menu: a key the trader no longer uses leaves the list without the leak story
 * of "This key may have leaked…". It stays in Archived keys, from where it can be restored.
 */
final class UnusedKeyArchiver {

    static final String MENU_TEXT = "Archive this key\u2026";

    private final UnlockedSession session;
    private final Navigator navigator;
    private final KeyListViewModel keyList;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Toast toast;
    private final AppConfig config;

    UnusedKeyArchiver(UnlockedSession session, Navigator navigator, KeyListViewModel keyList, BackgroundWork work,
            Dialogs dialogs, Toast toast, AppConfig config) {
        this.session = session;
        this.navigator = navigator;
        this.keyList = keyList;
        this.work = work;
        this.dialogs = dialogs;
        this.toast = toast;
        this.config = config;
    }

    /** What archiving does and does not do, asked before it is done. */
    static String question(KeyRecord key) {
        return "\u201c" + key.label() + "\u201d leaves your list of keys and Keyhaven no longer hands it to a bot."
                + " Its values and history are kept: you can restore it from Archived keys. The key still works on"
                + " OKX until you delete it there: if nothing uses it any more, delete it on OKX's API page next.";
    }

    /** Asks, then archives the key in the background; a bot using it through the gateway stops it. */
    void archive(KeyRecord key) {
        Vault unlocked = session.current();
        if (unlocked == null || !navigator.mayLeavePage()) {
            return;
        }
        boolean sure = dialogs.confirmDestructive("Archive \u201c" + key.label() + "\u201d?", question(key),
                "Archive key", "Keep it");
        if (!sure) {
            return;
        }
        work.run(() -> new KeyLifecycle(unlocked, config.clock()).archive(key.id()), refused -> {
            if (refused.isPresent()) {
                dialogs.showError("The key was not archived", refused.get());
                return;
            }
            if (session.isCurrent(unlocked)) {
                keyList.reload(unlocked, null);
            }
            toast.show("Archived \u201c" + key.label() + "\u201d. It still works on OKX: delete it there if nothing"
                    + " uses it. Archived keys can restore it.");
        }, failure -> dialogs.showError("The key was not archived", ErrorReporter.sentenceFor(failure)));
    }
}
