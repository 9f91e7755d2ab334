package dev.keyhaven.ui;

import dev.keyhaven.keys.OldKeyOnOkx;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.common.OldKeyReminder;
import dev.keyhaven.ui.controls.FocusSuccessor;
import dev.keyhaven.vault.Vault;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.layout.VBox;

/** The step a rotation leaves, on the new key's page: delete the old key on OKX, until the trader did. */
final class OldKeyStep {

    private final UnlockedSession session;
    private final Navigator navigator;
    private final BackgroundWork work;
    private final Toast toast;
    private final Consumer<String> openUrl;
    /** Keys rotated in during this session, each with the key it replaced. */
    private final Map<Long, Long> replacedBy = new HashMap<>();

    OldKeyStep(UnlockedSession session, Navigator navigator, BackgroundWork work, Toast toast,
            Consumer<String> openUrl) {
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
            } else if (session.isCurrent(unlocked) && navigator.shows(page)) {
                page.getChildren().add(2, new OldKeyReminder(due.get(), openUrl, () -> work.run(
                        () -> OldKeyOnOkx.markDeleted(unlocked, oldId), refused -> {
                    if (refused.isPresent()) {
                        toast.show(refused.get());
                        return;
                    }
                    replacedBy.remove(keyId);
                    page.getChildren().stream().filter(OldKeyReminder.class::isInstance).findFirst()
                            .ifPresent(reminder -> FocusSuccessor.beforeRemoving(reminder, page));
                    page.getChildren().removeIf(OldKeyReminder.class::isInstance);
                    toast.show("Noted: the old key is deleted on OKX.");
                }, ErrorReporter::log)));
            }
        }, ErrorReporter::log);
    }
}
