package dev.keyhaven.ui;

import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.GeneratedPassphraseInput;
import dev.keyhaven.ui.common.PassphraseDraft;

/**
 * A generated passphrase kept over a lock: the page shown when the app locked (the new key's guide, a
 * rotation) had made one that was not saved yet, and the trader may have typed it into OKX already.
 * Everything else on the page is wiped as usual; after unlock the page opens again with the passphrase.
 */
final class KeptPassphrase {

    private final Navigator navigator;
    private final Dialogs dialogs;
    private PassphraseDraft draft;

    KeptPassphrase(Navigator navigator, Dialogs dialogs) {
        this.navigator = navigator;
        this.dialogs = dialogs;
    }

    /** Before a lock: keeps the unsaved generated passphrase of the page shown, if it has one. */
    void keepOnLock() {
        if (navigator.unsavedInput() instanceof GeneratedPassphraseInput page) {
            PassphraseDraft kept = page.keepOverLock();
            if (kept != null) {
                discard();
                draft = kept;
            }
        }
    }

    /** After unlock: the page again, with the passphrase kept over the lock. */
    void offer() {
        PassphraseDraft kept = draft;
        draft = null;
        if (kept != null) {
            kept.offer();
        }
    }

    /** Before the window closes while locked: a kept passphrase goes only when the trader says so. */
    boolean mayDrop() {
        if (draft == null) {
            return true;
        }
        boolean discard = dialogs.confirm("Discard the generated passphrase?", "The passphrase you generated before"
                + " the lock is not saved. If you typed it into OKX, only it works there. Discard it, or choose"
                + " Cancel, unlock and save the key with it.", "Discard passphrase");
        if (discard) {
            discard();
        }
        return discard;
    }

    /** Wipes a kept passphrase (the trader let it go, or the app quits). */
    void discard() {
        if (draft != null) {
            draft.close();
            draft = null;
        }
    }
}
