package dev.keyhaven.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose content is built the first time it is selected. A tab pane styles and lays out every tab's
 * content, shown or not: a page whose tabs are all built at once holds the JavaFX thread for all of them
 * before anything is drawn (on a loaded machine, seconds after a click on a key).
 */
public final class TabBuiltWhenShown {

    private TabBuiltWhenShown() {
    }

    /** Gives {@code tab} the content {@code build} makes: now if it is selected, else when it first is. */
    public static void content(Tab tab, Supplier<? extends Node> build) {
        if (tab.isSelected()) {
            tab.setContent(build.get());
            return;
        }
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(build.get());
                }
            }
        });
    }
}
