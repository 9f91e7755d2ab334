package dev.keyhaven.ui;

import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.KeepsOverLock;
import dev.keyhaven.ui.common.PageDraft;

/**
 * Unsaved work kept over a lock: the page shown when the app locked (a new key's guide or form, a rotation)
 * keeps what is not secret and a generated passphrase the trader may have typed into OKX already. Everything
 * else is wiped as usual; after unlock the page opens again with what was kept.
 */
final class KeptPage {

    private final Navigator navigator;
    private final Dialogs dialogs;
    private PageDraft draft;

    KeptPage(Navigator navigator, Dialogs dialogs) {
        this.navigator = navigator;
        this.dialogs = dialogs;
    }

    /** Before a lock: keeps the unsaved work of the page shown, if it keeps any. */
    void keepOnLock() {
        if (navigator.unsavedInput() instanceof KeepsOverLock page) {
            PageDraft kept = page.keepOverLock();
            if (kept != null) {
                discard();
                draft = kept;
            }
        }
    }

    /** After unlock: the page again, with what was kept over the lock. */
    void offer() {
        PageDraft kept = draft;
        draft = null;
        if (kept != null) {
            kept.offer();
        }
    }

    /** Before the window closes while locked: a kept passphrase goes only when the trader says so. */
    boolean mayDrop() {
        if (draft == null || !draft.holdsGeneratedPassphrase()) {
            return true;
        }
        boolean discard = dialogs.confirmDestructive("Discard the generated passphrase?", "The passphrase you generated before"
                + " the lock is not saved. If you typed it into OKX, only it works there. Discard it, or choose"
                + " Cancel, unlock and save the key with it.", "Discard passphrase");
        if (discard) {
            discard();
        }
        return discard;
    }

    /** Wipes what was kept (the trader let it go, or the app quits). */
    void discard() {
        if (draft != null) {
            draft.close();
            draft = null;
        }
    }
}
