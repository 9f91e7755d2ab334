package dev.keyhaven.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop app. */
public final class KeyhavenApp extends Application {

    public static void launchApp(String[] args) {
        Application.launch(KeyhavenApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Keyhaven");
        stage.setScene(new Scene(new StackPane(new Label("Keyhaven")), 1000, 680));
        stage.show();
    }
}
