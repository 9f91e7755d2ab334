package dev.keyhaven.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import dev.keyhaven.ui.common.ThemeChoice;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.css.Stylesheet;
import javafx.scene.Scene;
import javafx.scene.image.Image;

/** AtlantaFX's Primer theme, light or dark, plus Keyhaven's own app.css and main.css and window icons. */
public final class AppTheme {

    private static final String APP_CSS_PATH = "/dev/keyhaven/ui/theme/app.css";
    private static final String MAIN_CSS_PATH = "/dev/keyhaven/ui/theme/main.css";
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private AppTheme() {
    }

    /** Switches every window to {@code choice}; the scene's app.css follows by AtlantaFX's colour variables. */
    public static void apply(ThemeChoice choice) {
        Application.setUserAgentStylesheet(themeFor(choice).getUserAgentStylesheet());
    }

    /**
     * Reads the compiled stylesheets of {@code choice} and of Keyhaven once, without applying them, so
     * that their classes are loaded when {@link #apply} and {@link #style} run on the JavaFX thread.
     * Needs no running JavaFX; a stylesheet that cannot be read is left for those two to report.
     */
    public static void preload(ThemeChoice choice) {
        for (String css : List.of(themeFor(choice).getUserAgentStylesheet(), APP_CSS_PATH)) {
            URL compiled = AppTheme.class.getResource(css.substring(0, css.length() - ".css".length()) + ".bss");
            if (compiled != null) {
                try {
                    Stylesheet.loadBinary(compiled);
                } catch (IOException e) {
                    // apply() and style() read it again and fall back to the .css text.
                }
            }
        }
    }

    private static Theme themeFor(ThemeChoice choice) {
        boolean dark = choice == ThemeChoice.DARK || choice == ThemeChoice.SYSTEM && systemPrefersDark(System.getenv());
        return dark ? new PrimerDark() : new PrimerLight();
    }

    /** What the unlock and create-vault screens need: app.css. */
    public static void style(Scene scene) {
        addOnce(scene, APP_CSS_PATH);
    }

    /**
     * Adds main.css, the rules only the unlocked app needs, after app.css. Apart from the first frame,
     * which then styles the unlock screen with app.css alone, {@code scene} looks as with one file.
     */
    public static void styleMainWindow(Scene scene) {
        addOnce(scene, APP_CSS_PATH);
        addOnce(scene, MAIN_CSS_PATH);
    }

    private static void addOnce(Scene scene, String path) {
        String css = AppTheme.class.getResource(path).toExternalForm();
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
