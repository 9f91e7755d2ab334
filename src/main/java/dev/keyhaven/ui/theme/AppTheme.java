package dev.keyhaven.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.keyhaven.ui.common.ThemeChoice;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;

/** AtlantaFX's Primer theme, light or dark, plus Keyhaven's own app.css and window icons. */
public final class AppTheme {

    private static final String APP_CSS = "app.css";
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private AppTheme() {
    }

    /** Switches every window to {@code choice}; the scene's app.css follows by AtlantaFX's colour variables. */
    public static void apply(ThemeChoice choice) {
        boolean dark = choice == ThemeChoice.DARK || choice == ThemeChoice.SYSTEM && systemPrefersDark(System.getenv());
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        String css = AppTheme.class.getResource(APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    /**
     * JavaFX 21 cannot ask the system for its colour scheme, so this reads the hints desktops leave
     * in the environment (GTK_THEME such as {@code Adwaita:dark}); without a hint it picks light.
     */
    static boolean systemPrefersDark(Map<String, String> environment) {
        String gtkTheme = environment.getOrDefault("GTK_THEME", "");
        return gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
    }

    /** The window icons the packaging provides; an empty list when they are not on the class path. */
    public static List<Image> windowIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = AppTheme.class.getResourceAsStream("/dev/keyhaven/ui/icons/keyhaven-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException e) {
                // An unreadable icon only costs the icon.
            }
        }
        return icons;
    }
}
