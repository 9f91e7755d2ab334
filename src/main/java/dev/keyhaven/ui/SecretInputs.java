package dev.keyhaven.ui;

import dev.keyhaven.ui.controls.SecretInput;
import javafx.scene.Node;
import javafx.scene.Parent;

/** Finds every secret field under a node and wipes it, so nothing typed survives a lock or a closed view. */
final class SecretInputs {

    private SecretInputs() {
    }

    static void wipeAll(Node root) {
        if (root instanceof SecretInput input) {
            input.wipe();
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                wipeAll(child);
            }
            if (parent instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                wipeAll(scroll.getContent());
            }
            if (parent instanceof javafx.scene.control.TabPane tabs) {
                tabs.getTabs().forEach(tab -> {
                    if (tab.getContent() != null) {
                        wipeAll(tab.getContent());
                    }
                });
            }
            if (parent instanceof javafx.scene.control.TitledPane titled && titled.getContent() != null) {
                wipeAll(titled.getContent());
            }
        }
    }
}
