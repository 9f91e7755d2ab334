package dev.keyhaven.ui;

import dev.keyhaven.ui.common.ThemeChoice;
import dev.keyhaven.ui.theme.AppTheme;
import javafx.application.Application;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The windows the app's start is measured against; each prints when its first frame is laid out. */
public final class FirstFrameWindows {

    private FirstFrameWindows() {
    }

    /** The yardstick: an empty window, launched and timed the way Keyhaven is. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Group(), 1100, 720);
            stage.setScene(scene);
            stage.show();
            reportFirstFrame(scene);
        }
    }

    /**
     * The least a window that asks for a password can be in JavaFX: two labels, a password field and a
     * button, in JavaFX's own theme, nothing read from disk. What it costs over {@link BareWindow} is
     * the price of JavaFX's first controls in a fresh JVM, which no unlock screen built from them avoids.
     */
    public static final class MinimalPasswordWindow extends Application {
        @Override
        public void start(Stage stage) {
            VBox card = new VBox(10, new Label("Unlock"), new Label("Password"), new PasswordField(), new Button("Unlock"));
            card.setMaxWidth(460);
            Scene scene = new Scene(new StackPane(card), 1100, 720);
            stage.setScene(scene);
            stage.show();
            reportFirstFrame(scene);
        }
    }

    /**
     * {@link MinimalPasswordWindow} in Keyhaven's theme (AtlantaFX's Primer Light and app.css, set as the app sets
     * them): the least any unlock screen in this look costs, whatever the app does around it.
     */
    public static final class ThemedPasswordWindow extends Application {
        @Override
        public void init() {
            AppTheme.apply(ThemeChoice.LIGHT);
        }

        @Override
        public void start(Stage stage) {
            VBox card = new VBox(10, new Label("Unlock"), new Label("Password"), new PasswordField(), new Button("Unlock"));
            card.setMaxWidth(460);
            Scene scene = new Scene(new StackPane(card), 1100, 720);
            AppTheme.style(scene);
            stage.setScene(scene);
            stage.show();
            reportFirstFrame(scene);
        }
    }

    static void reportFirstFrame(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.err.println(StartupTrace.FIRST_FRAME + System.currentTimeMillis());
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
