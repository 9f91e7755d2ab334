package dev.keyhaven.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;

/** Saves what a scene draws as a PNG to look at, only when -Dkeyhaven.shots names a folder. */
final class Shots {

    private Shots() {
    }

    /** Call on the JavaFX thread. */
    static void save(Scene scene, String name) {
        String folder = System.getProperty("keyhaven.shots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            Path into = Files.createDirectories(Path.of(folder));
            javax.imageio.ImageIO.write(ScreenshotTour.toBufferedImage(scene.snapshot(null)), "png",
                    into.resolve(name + ".png").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
