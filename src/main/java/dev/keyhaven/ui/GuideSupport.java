package dev.keyhaven.ui;

import dev.keyhaven.guide.AutoTicker;
import dev.keyhaven.guide.ChecklistFactory;
import dev.keyhaven.guide.ChecklistKind;
import dev.keyhaven.guide.GuideChoice;
import dev.keyhaven.guide.PassphraseGenerator;
import dev.keyhaven.guide.VerifiedFacts;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ClipboardGuard;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.guide.GuideActions;
import dev.keyhaven.ui.guide.GuideViewModel;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.time.ZoneId;
import java.util.Set;
import java.util.function.Consumer;

/** What every page with a checklist (a key's Guide, a new key, Rotate, Revoke) builds its guide from. */
final class GuideSupport {

    private final AppConfig config;
    private final BackgroundWork work;
    private final ClipboardGuard clipboard;
    private final Toast toast;
    private final Consumer<String> openUrl;
    private final Dialogs dialogs;

    GuideSupport(AppConfig config, BackgroundWork work, ClipboardGuard clipboard, Toast toast,
            Consumer<String> openUrl, Dialogs dialogs) {
        this.dialogs = dialogs;
        this.config = config;
        this.work = work;
        this.clipboard = clipboard;
        this.toast = toast;
        this.openUrl = openUrl;
    }

    /**
     * The actions of a guide: links open in the browser, the passphrase goes to the guarded clipboard, and a
     * new passphrase asks first when the trader copied or looked at the one there is.
     */
    GuideActions actions(Runnable onSaveCredentials, Runnable onRunCheck, Consumer<Set<String>> onTicksChanged) {
        return new GuideActions(openUrl, onSaveCredentials, onRunCheck, onTicksChanged, this::copyAndClose,
                this::mayReplacePassphrase);
    }

    private boolean mayReplacePassphrase(boolean copied) {
        return dialogs.confirmDestructive("Keep this passphrase?", (copied ? "You copied this passphrase."
                : "You looked at this passphrase.") + " If you already " + (copied ? "pasted" : "typed")
                + " it into OKX, keep it: a new one will not match the key.", "Make a new one", "Keep");
    }

    GuideViewModel model(GuideActions actions) {
        return model(actions, java.util.List::of);
    }

    /** A new key's guide: the label it suggests is none of {@code takenLabels}. */
    GuideViewModel model(GuideActions actions, java.util.function.Supplier<? extends java.util.Collection<String>> takenLabels) {
        return new GuideViewModel(new ChecklistFactory().avoidingLabels(takenLabels),
                new AutoTicker(ZoneId.systemDefault()), new PassphraseGenerator(), actions);
    }

    /** A rotation's guide: its example name is the label of the key it replaces. */
    GuideViewModel model(GuideActions actions, KeyRecord replaced) {
        return new GuideViewModel(new ChecklistFactory().namingAfter(replaced.label()),
                new AutoTicker(ZoneId.systemDefault()), new PassphraseGenerator(), actions);
    }

    /** Stores the trader's ticks for the key in the background. */
    void storeTicks(Vault unlocked, long keyId, Set<String> ticks) {
        work.run(() -> {
            unlocked.setChecklistDone(keyId, ticks);
            return ticks;
        }, stored -> { }, failure -> toast.show(ErrorReporter.sentenceFor(failure)));
    }

    /** The steps the key's checks verified, read in the background, ticked in {@code model}. */
    void loadVerifiedFacts(Vault unlocked, KeyRecord key, GuideViewModel model) {
        work.run(() -> {
            java.util.List<dev.keyhaven.vault.HistoryEntry> history = unlocked.history(key.id());
            return new GuideState(GuideChoice.forKey(key, unlocked.archivedKeys()), VerifiedFacts.fromHistory(history),
                    dev.keyhaven.keys.KeyStatus.of(key, history).verdict());
        }, state -> model.showKey(key, state.kind(), state.facts(), state.verdict()),
                failure -> toast.show(ErrorReporter.sentenceFor(failure)));
    }

    private record GuideState(ChecklistKind kind, VerifiedFacts facts, dev.keyhaven.keys.KeyVerdict verdict) {
    }

    private void copyAndClose(Secret value) {
        try (value) {
            clipboard.copy(value);
        }
    }
}
