package dev.keyhaven.ui;

import dev.keyhaven.ui.controls.StatusMark;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.ui.keylist.KeyListView;
import dev.keyhaven.ui.keylist.KeyListViewModel;
import dev.keyhaven.vault.KeyRecord;
import java.util.function.BooleanSupplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A key's page without its tabs' content: its title, badges and mark, its actions, then the tabs given. */
final class KeyPageFrame {

    private final KeyListViewModel keyList;
    private final KeyPageOpener.Elsewhere elsewhere;

    KeyPageFrame(KeyListViewModel keyList, KeyPageOpener.Elsewhere elsewhere) {
        this.keyList = keyList;
        this.elsewhere = elsewhere;
    }

    /**
     * The key's title, purpose and environment badges and mark; under them its actions; then its tabs.
     * {@code unknownOnOkx} is asked as More opens: whether OKX's newest known answer was that it does not know
     * the key (never read from the vault: the menu opens on the JavaFX thread).
     */
    VBox keyPage(KeyListItem item, StatusMark mark, BooleanSupplier unknownOnOkx, Node tabs) {
        HBox header = Pages.header(item.key().label());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header.getChildren().addAll(KeyListView.purposeBadge(item.key().purpose()),
                KeyListView.environmentBadge(item.key().environment()), spacer, mark);
        header.getChildren().forEach(node -> {
            if (node != header.getChildren().get(0) && node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        VBox page = Pages.page(header, tabs);
        page.getChildren().add(1, keyActions(item, unknownOnOkx));
        return page;
    }

    /** Under a key's title: its rotation reminder, Rotate… and More (archiving, the leak action, archiving a key OKX deleted). */
    private Node keyActions(KeyListItem item, BooleanSupplier unknownOnOkx) {
        KeyRecord key = item.key();
        Button rotate = new Button("Rotate…");
        rotate.setId("rotate-key");
        rotate.setTooltip(new Tooltip("Replace this key by a new one made on OKX; the old one is archived"));
        rotate.setOnAction(event -> elsewhere.rotate().accept(key));
        rotate.setMinWidth(Region.USE_PREF_SIZE);
        // Rare and alarming, so out of every key's header: in More, drawn as the danger it answers.
        MenuItem leaked = new MenuItem("This key may have leaked…");
        leaked.setId("key-leaked");
        leaked.getStyleClass().add("danger-item");
        leaked.setOnAction(event -> elsewhere.revoke().accept(key));
        MenuButton more = new MenuButton("More");
        more.setId("key-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setTooltip(new Tooltip("Less common actions for this key"));
        MenuItem gone = new MenuItem(KeyArchiver.GONE_MENU_TEXT);
        gone.setId("key-archive-gone");
        gone.setOnAction(event -> elsewhere.archiver().archiveGone(key));
        // A trader who only stopped using a key archives it without claiming a leak.
        MenuItem unused = new MenuItem(KeyArchiver.UNUSED_MENU_TEXT);
        unused.setId("key-archive");
        unused.setOnAction(event -> elsewhere.archiver().archiveUnused(key));
        more.getItems().addAll(leaked, unused, gone);
        // Offered only while the newest check says OKX does not know the key; a check may come after the page.
        // A key OKX no longer knows has nothing left to revoke there: archiving it takes the other items' place.
        more.setOnShowing(event -> {
            boolean goneOnOkx = unknownOnOkx.getAsBoolean();
            gone.setVisible(goneOnOkx);
            leaked.setVisible(!goneOnOkx);
            unused.setVisible(!goneOnOkx);
        });
        dev.keyhaven.ui.controls.MenuOpensLeftward.on(more);
        HBox row = new HBox(10);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("key-actions");
        keyList.rotationReminder(item).ifPresent(status -> {
            Label reminder = KeyListView.rotationMark(status);
            reminder.setText(status.summary());
            reminder.setId("rotation-reminder");
            rotate.getStyleClass().add("accent");
            row.getChildren().add(reminder);
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row.getChildren().addAll(spacer, rotate, more);
        return row;
    }
}
