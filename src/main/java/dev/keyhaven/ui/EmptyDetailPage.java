package dev.keyhaven.ui;

import dev.keyhaven.ui.keylist.KeyListViewModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;

/** The page beside the key list when no key is selected. */
final class EmptyDetailPage {

    private final KeyListViewModel keyList;
    private final Runnable addKey;

    EmptyDetailPage(KeyListViewModel keyList, Runnable addKey) {
        this.keyList = keyList;
        this.addKey = addKey;
    }

    /** "Opening your keys…" while the first read runs, then "Add your first key" or "Select a key". */
    Node page() {
        if (keyList.items().isEmpty() && !keyList.knownEmpty()) {
            VBox opening = Pages.placeholder("Opening your keys…", "Keyhaven is reading your keys from the vault.");
            opening.setId(Navigator.EMPTY_DETAIL);
            return opening;
        }
        VBox box = Pages.placeholder(keyList.items().isEmpty() ? "Add your first key" : "Select a key",
                keyList.items().isEmpty()
                        ? "Create an API key on OKX, then store it here. Keyhaven checks it and warns about risky settings."
                        : "Choose a key on the left to see its guide, credentials and status.");
        if (keyList.items().isEmpty()) {
            Button add = new Button("Add a key");
            add.getStyleClass().add("accent");
            add.setOnAction(event -> addKey.run());
            box.getChildren().add(add);
        }
        box.setId(Navigator.EMPTY_DETAIL);
        return box;
    }
}
