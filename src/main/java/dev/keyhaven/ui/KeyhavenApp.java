package dev.keyhaven.ui;

import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.common.FxDialogs;
import dev.keyhaven.ui.common.SettingsStore;
import dev.keyhaven.ui.common.WindowBounds;
import dev.keyhaven.ui.theme.AppTheme;
import java.io.IOException;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop app: one window whose content the {@link AppShell} switches between lock and keys. */
public final class KeyhavenApp extends Application {

    private static final double DEFAULT_WIDTH = 1100;
    private static final double DEFAULT_HEIGHT = 720;

    private final AppConfig config;
    private AppShell shell;
    private SettingsStore settingsStore;
    private Stage stage;

    /** What the launcher uses: this user's vault and the real key-derivation settings. */
    public KeyhavenApp() {
        this(AppConfig.standard());
    }

    /** For tests: another vault, config directory, key-derivation cost or clock. */
    public KeyhavenApp(AppConfig config) {
        this.config = config;
    }

    /** Held so that the level set below is not lost to garbage collection. */
    private static final java.util.logging.Logger JAVAFX_LOGGER = java.util.logging.Logger.getLogger("javafx");

    public static void launchApp(String[] args) {
        // Keyhaven runs JavaFX from the class path on purpose (design.md: jlink refuses the app's
        // automatic modules); JavaFX warns about that at every start. Real problems are still shown.
        JAVAFX_LOGGER.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(KeyhavenApp.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        settingsStore = new SettingsStore(config.configDirectory());
        AppSettings settings = settingsStore.load();
        AppTheme.apply(settings.theme());
        FxDialogs dialogs = new FxDialogs(() -> stage);
        new ErrorReporter(config.configDirectory(), dialogs).install();

        shell = new AppShell(config, settings, settingsStore, BackgroundWork.forApp(), dialogs);
        shell.setUrlOpener(url -> getHostServices().showDocument(url));
        Scene scene = new Scene(shell.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        AppTheme.style(scene);
        shell.attach(scene);
        shell.showStart(null);

        stage.setTitle("Keyhaven");
        stage.getIcons().setAll(AppTheme.windowIcons());
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        stage.setScene(scene);
        restoreBounds(settings.window());
        stage.setOnHidden(event -> closeDown());
        stage.show();
    }

    @Override
    public void stop() {
        closeDown();
    }

    /** The shell, for tests that drive the app. */
    public AppShell shell() {
        return shell;
    }

    private void closeDown() {
        if (shell == null) {
            return;
        }
        shell.shutdown();
        AppSettings withBounds = shell.settings().withWindow(new WindowBounds(stage.getX(), stage.getY(),
                stage.getWidth(), stage.getHeight(), stage.isMaximized()));
        try {
            settingsStore.save(withBounds);
        } catch (IOException e) {
            ErrorReporter.log(e);
        }
    }

    private void restoreBounds(WindowBounds bounds) {
        if (bounds == null) {
            return;
        }
        Rectangle2D wanted = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        boolean onSomeScreen = Screen.getScreens().stream()
                .anyMatch(screen -> screen.getVisualBounds().intersects(wanted));
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        if (onSomeScreen) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
    }
}
