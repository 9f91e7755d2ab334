package dev.keyhaven.ui;

import dev.keyhaven.guide.ChecklistKind;
import dev.keyhaven.guide.VerifiedFacts;
import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.guide.GuideView;
import dev.keyhaven.ui.guide.GuideViewModel;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.ui.revoke.RevokeView;
import dev.keyhaven.ui.revoke.RevokeViewModel;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.util.function.Consumer;

/** "This key may have leaked…": delete it on OKX, the revocation checklist, revoke here, then a new key. */
final class RevokeOpener {

    private final UnlockedSession session;
    private final Navigator navigator;
    private final KeyListViewModel keyList;
    private final AddKeyOpener addKey;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final GuideSupport guides;
    private final AppConfig config;
    private final Consumer<String> openUrl;

    RevokeOpener(UnlockedSession session, Navigator navigator, KeyListViewModel keyList, AddKeyOpener addKey,
            BackgroundWork work, Dialogs dialogs, GuideSupport guides, AppConfig config, Consumer<String> openUrl) {
        this.session = session;
        this.navigator = navigator;
        this.keyList = keyList;
        this.addKey = addKey;
        this.work = work;
        this.dialogs = dialogs;
        this.guides = guides;
        this.config = config;
        this.openUrl = openUrl;
    }

    void open(KeyRecord key) {
        Vault unlocked = session.current();
        if (unlocked == null || !navigator.mayLeavePage()) {
            return;
        }
        keyList.selectedProperty().set(null);
        GuideViewModel guide = guides.model(guides.actions(() -> { }, () -> { },
                ticks -> guides.storeTicks(unlocked, key.id(), ticks)));
        guide.showKey(key, ChecklistKind.REVOKE, VerifiedFacts.NOTHING);
        RevokeViewModel model = new RevokeViewModel(key, new KeyLifecycle(unlocked, config.clock(), session.keyService()), work, dialogs,
                openUrl, () -> {
                    if (session.isCurrent(unlocked)) {
                        keyList.reload(unlocked, null);
                    }
                }, revoked -> addKey.openNewKeyGuide(revoked.purpose(), revoked.environment(), revoked.region()));
        // OKX's answer proves the first step, deleting the key on OKX: the checklist ticks it, saying when.
        model.goneOnOkxAtProperty().addListener((observable, was, at) -> {
            if (at != null) {
                guide.updateFacts(VerifiedFacts.NOTHING.goneOnOkxSince(at));
            }
        });
        navigator.show(Pages.titled("\u201c" + key.label() + "\u201d may have leaked",
                new RevokeView(GuideView.partOfPage(guide), model)), guide, null);
    }
}
