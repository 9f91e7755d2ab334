package dev.keyhaven.ui;

import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;

/**
 * "Archive it: OKX no longer knows it…" in a key's More menu: a key OKX said it does not know is archived
 * without the leak story of "This key may have leaked…", as there is nothing left to delete on OKX.
 */
final class GoneKeyArchiver {

    /** The More menu's item, also named by the next step of such a key (keys.CredentialProblems). */
    static final String MENU_TEXT = "Archive it: OKX no longer knows it…";

    private final UnlockedSession session;
    private final Navigator navigator;
    private final KeyListViewModel keyList;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Toast toast;
    private final AppConfig config;

    GoneKeyArchiver(UnlockedSession session, Navigator navigator, KeyListViewModel keyList, BackgroundWork work,
            Dialogs dialogs, Toast toast, AppConfig config) {
        this.session = session;
        this.navigator = navigator;
        this.keyList = keyList;
        this.work = work;
        this.dialogs = dialogs;
        this.toast = toast;
        this.config = config;
    }

    /**
     * Reads the key's newest check in the background and, when OKX's newest answer was that it does not know the
     * key, asks, then archives the key in the background. The page offers this while its newest known answer
     * says so ({@link NewestKeyAnswer}); the vault has the last word.
     */
    void archive(KeyRecord key) {
        Vault unlocked = session.current();
        if (unlocked == null) {
            return;
        }
        work.run(() -> status(unlocked, key), status -> ask(unlocked, key, status),
                failure -> dialogs.showError("The key was not archived", ErrorReporter.sentenceFor(failure)));
    }

    /** Says what happens and how to undo it; archives the key if the trader agrees. */
    private void ask(Vault unlocked, KeyRecord key, KeyStatus status) {
        if (status == null || !status.unknownOnOkx() || !session.isCurrent(unlocked) || !navigator.mayLeavePage()) {
            return;
        }
        String when = KeyStatus.moment(status.refusedAt().orElseThrow(), config.clock().getZone());
        boolean sure = dialogs.confirmDestructive("Archive \u201c" + key.label() + "\u201d?",
                "OKX said on " + when + " that it no longer knows this key: it was deleted on OKX, so nothing is left"
                        + " to delete there. Keyhaven moves it to Archived keys and never hands it to a bot again."
                        + " To undo this, restore it from Archived keys.",
                "Archive key", "Keep it");
        if (!sure) {
            return;
        }
        work.run(() -> {
            new KeyLifecycle(unlocked, config.clock()).archiveGone(key.id());
            return key;
        }, done -> {
            if (session.isCurrent(unlocked)) {
                keyList.reload(unlocked, null);
            }
            toast.show("Archived \u201c" + key.label() + "\u201d: OKX no longer knew it. For a new key, create one on"
                    + " OKX and press Add key.");
        }, failure -> dialogs.showError("The key was not archived", ErrorReporter.sentenceFor(failure)));
    }

    private static KeyStatus status(Vault unlocked, KeyRecord key) throws VaultException {
        KeyRecord now = unlocked.key(key.id()).orElse(null);
        return now == null || now.archived() ? null : KeyStatus.of(unlocked, now);
    }
}
