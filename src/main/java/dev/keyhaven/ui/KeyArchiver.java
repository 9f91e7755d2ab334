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
import java.util.Optional;

/**
 * The key page's More menu items that archive a key without the leak story of "This key may have leaked…": a key
 * the trader no longer uses ({@link #archiveUnused}), and a key OKX said it no longer knows ({@link #archiveGone}).
 * Each asks first, archives in the background, and leaves the key restorable from Archived keys.
 */
final class KeyArchiver {

    static final String UNUSED_MENU_TEXT = "Archive this key\u2026";
    /** Also named by the next step of a key OKX no longer knows (keys.CredentialProblems). */
    static final String GONE_MENU_TEXT = "Archive it: OKX no longer knows it\u2026";
    private static final String NOT_ARCHIVED = "The key was not archived";

    /** The archiving itself, on a background thread: empty when done, else why it was refused. */
    private interface Archiving {
        Optional<String> run(KeyLifecycle lifecycle) throws Exception;
    }

    private final UnlockedSession session;
    private final Navigator navigator;
    private final KeyListViewModel keyList;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Toast toast;
    private final AppConfig config;

    KeyArchiver(UnlockedSession session, Navigator navigator, KeyListViewModel keyList, BackgroundWork work,
            Dialogs dialogs, Toast toast, AppConfig config) {
        this.session = session;
        this.navigator = navigator;
        this.keyList = keyList;
        this.work = work;
        this.dialogs = dialogs;
        this.toast = toast;
        this.config = config;
    }

    /** What archiving a key no longer used does and does not do, asked before it is done. */
    static String unusedQuestion(KeyRecord key) {
        return "\u201c" + key.label() + "\u201d leaves your list of keys and Keyhaven no longer hands it to a bot."
                + " Its values and history are kept: you can restore it from Archived keys. The key still works on"
                + " OKX until you delete it there: if nothing uses it any more, delete it on OKX's API page next.";
    }

    /** Asks, then archives a key no longer used; a bot using it through the gateway stops it. */
    void archiveUnused(KeyRecord key) {
        Vault unlocked = session.current();
        if (unlocked != null && navigator.mayLeavePage()) {
            askThenArchive(unlocked, key, unusedQuestion(key), lifecycle -> lifecycle.archive(key.id()),
                    "Archived \u201c" + key.label() + "\u201d. It still works on OKX: delete it there if nothing"
                            + " uses it. Archived keys can restore it.");
        }
    }

    /**
     * Reads the key's newest check in the background and, when OKX's newest answer was that it does not know the
     * key, asks, then archives it. The page offers this while its newest known answer says so
     * ({@link NewestKeyAnswer}); the vault has the last word.
     */
    void archiveGone(KeyRecord key) {
        Vault unlocked = session.current();
        if (unlocked == null) {
            return;
        }
        work.run(() -> status(unlocked, key), status -> {
            if (status == null || !status.unknownOnOkx() || !session.isCurrent(unlocked)
                    || !navigator.mayLeavePage()) {
                return;
            }
            String when = KeyStatus.moment(status.refusedAt().orElseThrow(), config.clock().getZone());
            askThenArchive(unlocked, key, "OKX said on " + when + " that it no longer knows this key: it was deleted"
                    + " on OKX, so nothing is left to delete there. Keyhaven moves it to Archived keys and never hands"
                    + " it to a bot again. To undo this, restore it from Archived keys.", lifecycle -> {
                        lifecycle.archiveGone(key.id());
                        return Optional.empty();
                    }, "Archived \u201c" + key.label() + "\u201d: OKX no longer knew it. For a new key, create one on"
                            + " OKX and press Add key.");
        }, failure -> dialogs.showError(NOT_ARCHIVED, ErrorReporter.sentenceFor(failure)));
    }

    private void askThenArchive(Vault unlocked, KeyRecord key, String question, Archiving archiving, String done) {
        if (!dialogs.confirmDestructive("Archive \u201c" + key.label() + "\u201d?", question, "Archive key",
                "Keep it")) {
            return;
        }
        work.run(() -> archiving.run(new KeyLifecycle(unlocked, config.clock())), refused -> {
            if (refused.isPresent()) {
                dialogs.showError(NOT_ARCHIVED, refused.get());
                return;
            }
            if (session.isCurrent(unlocked)) {
                keyList.reload(unlocked, null);
            }
            toast.show(done);
        }, failure -> dialogs.showError(NOT_ARCHIVED, ErrorReporter.sentenceFor(failure)));
    }

    private static KeyStatus status(Vault unlocked, KeyRecord key) throws VaultException {
        KeyRecord now = unlocked.key(key.id()).orElse(null);
        return now == null || now.archived() ? null : KeyStatus.of(unlocked, now);
    }
}
