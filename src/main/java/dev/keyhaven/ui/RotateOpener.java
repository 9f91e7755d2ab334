package dev.keyhaven.ui;

import dev.keyhaven.guide.ChecklistKind;
import dev.keyhaven.guide.VerifiedFacts;
import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.common.GeneratedPassphraseInput;
import dev.keyhaven.ui.common.PageDraft;
import dev.keyhaven.ui.common.SameApiKey;
import dev.keyhaven.ui.guide.GuideView;
import dev.keyhaven.ui.guide.GuideViewModel;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.ui.rotate.RotateView;
import dev.keyhaven.ui.rotate.RotationDraft;
import dev.keyhaven.ui.rotate.RotateViewModel;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;

/** "Rotate…" on a key's page: the rotation checklist and the new key's three values; then a check of the new key. */
final class RotateOpener {

    private final UnlockedSession session;
    private final Navigator navigator;
    private final KeyListViewModel keyList;
    private final KeyPageOpener keyPages;
    private final BackgroundWork work;
    private final Toast toast;
    private final GuideSupport guides;
    private final AppConfig config;
    /** The rotation page last put up (it may have been left since). */
    private RotateView shown;

    RotateOpener(UnlockedSession session, Navigator navigator, KeyListViewModel keyList, KeyPageOpener keyPages,
            BackgroundWork work, Toast toast, GuideSupport guides, AppConfig config) {
        this.session = session;
        this.navigator = navigator;
        this.keyList = keyList;
        this.keyPages = keyPages;
        this.work = work;
        this.toast = toast;
        this.guides = guides;
        this.config = config;
    }

    void open(KeyRecord key) {
        Vault unlocked = session.current();
        if (unlocked == null || !navigator.mayLeavePage()) {
            return;
        }
        RotateView[] view = new RotateView[1];
        GuideViewModel[] guide = new GuideViewModel[1];
        RotateViewModel[] rotate = new RotateViewModel[1];
        GeneratedPassphraseInput[] unsaved = new GeneratedPassphraseInput[1];
        guide[0] = guides.model(guides.actions(() -> view[0].focusEntry(),
                () -> toast.show("Replace the key first: then Keyhaven checks the new one with OKX."),
                ticks -> rotate[0].ticksChanged(ticks)), key);
        guide[0].showKey(key, ChecklistKind.ROTATE, VerifiedFacts.NOTHING);
        rotate[0] = new RotateViewModel(unlocked, key, new KeyLifecycle(unlocked, config.clock(), session.keyService()), work,
                guide[0].checklist().stepIds(), replacement -> {
                    // Stored now: nothing typed is left to lose when the new key's page replaces this one.
                    unsaved[0].saved();
                    view[0].wipe();
                    rotated(unlocked, key, replacement);
                });
        view[0] = new RotateView(GuideView.partOfPage(guide[0]), rotate[0]);
        shown = view[0];
        view[0].warnOfSameApiKey(new SameApiKey(unlocked, work, key.id(), config.clock()), keyPages::openOther);
        // The key stays selected in the list: back to its page, asking first as leaving any page does.
        view[0].setOnCancel(() -> keyList.find(key.id()).ifPresent(item -> {
            if (navigator.mayLeavePage()) {
                keyPages.show(item);
            }
        }));
        long keyId = key.id();
        unsaved[0] = new GeneratedPassphraseInput(guide[0], view[0],
                passphrase -> draftOf(keyId, view[0], rotate[0], passphrase));
        // The trader types the passphrase into OKX's form from the clipboard; Keyhaven fills its own field.
        unsaved[0].fillInto(view[0]::usePassphrase);
        navigator.show(Pages.titled("Rotate \u201c" + key.label() + "\u201d", view[0]), guide[0], unsaved[0]);
        // The list keeps the key selected (its name in view) while its rotation shows; its page does not open.
        keyList.find(key.id()).ifPresent(navigator::reselect);
    }

    /**
     * What the rotation keeps over a lock, as Add key does: the generated {@code passphrase} (or null), the new
     * API key and whether secrets were typed (the ticks are stored on the key already); null when the rotation
     * was not started.
     */
    private PageDraft draftOf(long keyId, RotateView view, RotateViewModel rotate, Secret passphrase) {
        boolean typed = view.hasUnsavedChanges();
        if (passphrase == null && !typed && !rotate.ticked()) {
            return null;
        }
        RotationDraft values = view.keepOverLock();
        return new PageDraft(() -> reopen(keyId, passphrase == null ? null : passphrase.copy(), values.copy()), () -> {
            values.close();
            if (passphrase != null) {
                passphrase.close();
            }
        }, passphrase != null);
    }

    /**
     * After a lock: the rotation of the key {@code keyId} again, with the passphrase generated before it (or
     * null) and the values kept ({@code kept}); this closes both. The key is read off the JavaFX thread, as
     * every opener reads the vault.
     */
    private void reopen(long keyId, Secret passphrase, RotationDraft kept) {
        Vault unlocked = session.current();
        if (unlocked == null) {
            closeAll(passphrase, kept);
            return;
        }
        work.run(() -> unlocked.key(keyId), key -> {
            try {
                if (!session.isCurrent(unlocked)) {
                    return;
                }
                if (key.isEmpty()) {
                    toast.show(passphrase == null ? "The key you were replacing is gone."
                            : "The key you were replacing is gone, and so is the passphrase generated for it.");
                    return;
                }
                shown = null;
                open(key.get());
                if (passphrase != null && navigator.guide() != null) {
                    navigator.guide().restorePassphrase(passphrase);
                    toast.show("The passphrase you generated before the lock is back in the rotation, unsaved: finish"
                            + " it and press Replace the key.");
                }
                if (shown != null) {
                    shown.restore(kept, passphrase != null);
                    shown.focusFirstEmpty();
                }
            } finally {
                closeAll(passphrase, kept);
            }
        }, failure -> {
            closeAll(passphrase, kept);
            toast.show(ErrorReporter.sentenceFor(failure));
        });
    }

    private static void closeAll(Secret passphrase, RotationDraft kept) {
        if (passphrase != null) {
            passphrase.close();
        }
        kept.close();
    }

    private void rotated(Vault unlocked, KeyRecord old, KeyRecord replacement) {
        if (!session.isCurrent(unlocked)) {
            return;
        }
        toast.show("Replaced \"" + old.label() + "\"; the old key is in Archived keys. Checking the new key…");
        keyPages.showRotatedIn(unlocked, replacement, old.id());
    }
}
