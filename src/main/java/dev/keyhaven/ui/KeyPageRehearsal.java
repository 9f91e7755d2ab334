package dev.keyhaven.ui;

import dev.keyhaven.guide.GuideChoice;
import dev.keyhaven.guide.VerifiedFacts;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.FrameDelay;
import dev.keyhaven.ui.common.MadeUpKeys;
import dev.keyhaven.ui.controls.StatusMark;
import dev.keyhaven.ui.form.CredentialsFormView;
import dev.keyhaven.ui.form.CredentialsFormViewModel;
import dev.keyhaven.ui.guide.GuideView;
import dev.keyhaven.ui.guide.GuideViewModel;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.ui.status.InUseLine;
import dev.keyhaven.ui.status.StatusActions;
import dev.keyhaven.ui.status.StatusView;
import dev.keyhaven.ui.status.StatusViewModel;
import dev.keyhaven.vault.KeyRecord;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * A key's page for a made-up key, in no vault, laid out once, hidden, while the window waits for the master
 * password (as the key list and Check all are, see {@code KeyListView#rehearsal}): the first key the trader
 * opens then finds the page's code loaded and its styles known instead of running them cold after the click.
 * One tab a frame, so that none holds the JavaFX thread for long; no further tab once {@code busy} (an
 * unlock under way or done). Its actions do nothing; it reads and writes nothing.
 */
final class KeyPageRehearsal {

    private final KeyListViewModel keyList;
    private final GuideSupport guides;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Clock clock;

    KeyPageRehearsal(KeyListViewModel keyList, GuideSupport guides, BackgroundWork work, Dialogs dialogs, Clock clock) {
        this.keyList = keyList;
        this.guides = guides;
        this.work = work;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** The page on its Credentials tab; the Guide and Status tabs get their content in the next frames. */
    VBox page(BooleanSupplier busy) {
        KeyRecord key = MadeUpKeys.of(1).get(0);
        CredentialsFormViewModel form = new CredentialsFormViewModel(null, key, work, dialogs, secret -> { },
                List::of, saved -> { }, () -> { }, clock);
        Tab guide = new Tab("Guide");
        Tab credentials = new Tab("Credentials", new CredentialsFormView(form));
        Tab status = new Tab("Status");
        TabPane tabs = new TabPane(guide, credentials, status);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().select(credentials);
        KeyPageFrame frame = new KeyPageFrame(keyList, new KeyPageOpener.Elsewhere(rotated -> { }, revoked -> { },
                () -> { }, null));
        VBox page = frame.keyPage(new KeyListItem(key, KeyVerdict.WORKS), new StatusMark(KeyVerdict.WORKS),
                () -> false, tabs);
        FrameDelay.nextFrame(() -> {
            if (!busy.getAsBoolean()) {
                guide.setContent(new GuideView(guideModel(key)));
                FrameDelay.nextFrame(() -> {
                    if (!busy.getAsBoolean()) {
                        status.setContent(new VBox(new InUseLine(java.time.ZoneId.systemDefault()),
                                new StatusView(new StatusViewModel(null, key.id(), null, work, clock, () -> 90,
                                        new StatusActions(url -> { }, checked -> { })))));
                    }
                });
            }
        });
        return page;
    }

    private GuideViewModel guideModel(KeyRecord key) {
        GuideViewModel model = guides.model(guides.actions(() -> { }, () -> { }, ticks -> { }));
        model.showKey(key, GuideChoice.forKey(key, List.of()), VerifiedFacts.savedOnly());
        return model;
    }
}
