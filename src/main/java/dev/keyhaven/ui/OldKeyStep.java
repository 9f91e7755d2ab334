package dev.keyhaven.ui;

import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.keys.OldKeyOnOkx;
import dev.keyhaven.keys.RevokeConfirmation;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.common.OldKeyReminder;
import dev.keyhaven.ui.controls.FocusSuccessor;
import dev.keyhaven.vault.Vault;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.layout.VBox;

/** The step a rotation leaves, on the new key's page: delete the old key on OKX, until the trader did. */
final class OldKeyStep {

    private final UnlockedSession session;
    private final Navigator navigator;
    private final BackgroundWork work;
    private final Toast toast;
    private final Consumer<String> openUrl;
    private final Clock clock;
    /** Keys rotated in during this session, each with the key it replaced. */
    private final Map<Long, Long> replacedBy = new HashMap<>();
    /**
     * Per key rotated in: why OKX's last answer refused "I deleted it on OKX" (the old key still worked). The page
     * is built anew each time it shows: without this, coming back to it lost the reason and "Ask OKX again".
     */
    private final Map<Long, String> refusedBecause = new HashMap<>();

    OldKeyStep(UnlockedSession session, Navigator navigator, BackgroundWork work, Toast toast,
            Consumer<String> openUrl, Clock clock) {
        this.clock = clock;
        this.session = session;
        this.navigator = navigator;
        this.work = work;
        this.toast = toast;
        this.openUrl = openUrl;
    }

    /** The key {@code newId} just replaced {@code oldId}. */
    void remember(long newId, long oldId) {
        replacedBy.put(newId, oldId);
    }

    /** Above the tabs of a key just rotated in, while it is due: delete the key it replaced on OKX. */
    void showOn(Vault unlocked, long keyId, VBox page) {
        Long oldId = replacedBy.get(keyId);
        if (oldId == null) {
            return;
        }
        work.run(() -> OldKeyOnOkx.due(unlocked, oldId), due -> {
            if (due.isEmpty()) {
                replacedBy.remove(keyId);
                refusedBecause.remove(keyId);
            } else if (session.isCurrent(unlocked) && navigator.shows(page)) {
                OldKeyReminder[] reminder = new OldKeyReminder[1];
                reminder[0] = new OldKeyReminder(due.get(), openUrl, () -> work.run(
                        () -> OldKeyOnOkx.markDeleted(unlocked, oldId), refused -> {
                    if (refused.isPresent()) {
                        refused(unlocked, keyId, oldId, page, reminder[0], refused.get());
                        return;
                    }
                    done(keyId, page, "Noted: the old key is deleted on OKX.");
                }, ErrorReporter::log));
                page.getChildren().add(2, reminder[0]);
                String known = refusedBecause.get(keyId);
                if (known != null) {
                    refused(unlocked, keyId, oldId, page, reminder[0], known);
                }
            }
        }, ErrorReporter::log);
    }

    /** The archive card's way ({@link KeyLifecycle#confirmRevoked}): a signed check of the old key. */
    private void askOkx(Vault unlocked, long keyId, long oldId, VBox page, OldKeyReminder reminder) {
        work.run(() -> {
            RevokeConfirmation answer = new KeyLifecycle(unlocked, clock, session.keyService()).confirmRevoked(oldId);
            return OldKeyOnOkx.due(unlocked, oldId).isEmpty() ? Optional.<String>empty()
                    : Optional.of(answer.sentence());
        }, stillDue -> {
            if (!session.isCurrent(unlocked) || !navigator.shows(page)) {
                return;
            }
            if (stillDue.isPresent()) {
                refused(unlocked, keyId, oldId, page, reminder, stillDue.get());
            } else {
                done(keyId, page, "Confirmed: OKX no longer knows the old key. This step is done.");
            }
        }, ErrorReporter::log);
    }

    /** OKX still accepts the old key: the reason and "Ask OKX again" in the banner, kept for the session. */
    private void refused(Vault unlocked, long keyId, long oldId, VBox page, OldKeyReminder reminder, String reason) {
        refusedBecause.put(keyId, reason);
        reminder.refused(reason, () -> askOkx(unlocked, keyId, oldId, page, reminder));
    }

    private void done(long keyId, VBox page, String note) {
        replacedBy.remove(keyId);
        refusedBecause.remove(keyId);
        page.getChildren().stream().filter(OldKeyReminder.class::isInstance).findFirst()
                .ifPresent(reminder -> FocusSuccessor.beforeRemoving(reminder, page));
        page.getChildren().removeIf(OldKeyReminder.class::isInstance);
        toast.show(note);
    }
}
