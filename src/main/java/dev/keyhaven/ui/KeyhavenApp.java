package dev.keyhaven.ui;

import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.common.FrameDelay;
import dev.keyhaven.ui.common.FxDialogs;
import dev.keyhaven.ui.common.SettingsStore;
import dev.keyhaven.ui.common.WindowBounds;
import dev.keyhaven.ui.theme.AppTheme;
import java.io.IOException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop app: one window whose content the {@link AppShell} switches between lock and keys. */
public final class KeyhavenApp extends Application {

    private static final double DEFAULT_WIDTH = 1100;
    private static final double DEFAULT_HEIGHT = 720;
    private static final double MIN_WIDTH = 760;
    private static final double MIN_HEIGHT = 520;

    /** Begun by {@link #launchApp} before JavaFX starts; the instance JavaFX creates takes it over. */
    private static StartupPreparation launcherPreparation;

    private final AppConfig config;
    private final StartupPreparation preparation;
    private AppShell shell;
    private SettingsStore settingsStore;
    private Stage stage;

    /** What the launcher uses: this user's vault and the real key-derivation settings. */
    public KeyhavenApp() {
        this(AppConfig.standard(), launcherPreparation);
    }

    /** For tests: another vault, config directory, key-derivation cost or clock. */
    public KeyhavenApp(AppConfig config) {
        this(config, null);
    }

    private KeyhavenApp(AppConfig config, StartupPreparation begun) {
        this.config = config;
        this.preparation = begun != null ? begun : StartupPreparation.begin(config, false);
    }

    /** Held so that the level set below is not lost to garbage collection. */
    private static final java.util.logging.Logger JAVAFX_LOGGER = java.util.logging.Logger.getLogger("javafx");

    public static void launchApp(String[] args) {
        // Keyhaven runs JavaFX from the class path on purpose (design.md: jlink refuses the app's
        // automatic modules); JavaFX warns about that at every start. Real problems are still shown.
        JAVAFX_LOGGER.setLevel(java.util.logging.Level.SEVERE);
        StartupTrace.mark("launch");
        launcherPreparation = StartupPreparation.begin(AppConfig.standard(), true);
        Application.launch(KeyhavenApp.class, args);
    }

    /**
     * Runs on JavaFX's launcher thread once the toolkit is up, before {@link #start}. Asking for the theme
     * from here hands the parsing of its stylesheet to the idle JavaFX thread, while this thread builds
     * the shell (the unlock screen's model and every screen's opener) beside it; start() then only waits
     * for the stylesheet, puts the start screen in and shows the window. The theme is set before any
     * control exists, so no control asks for JavaFX's default theme first.
     */
    @Override
    public void init() {
        StartupTrace.mark("JavaFX started");
        buildShell();
    }

    private void buildShell() {
        AppSettings settings = preparation.settings();
        settingsStore = preparation.settingsStore();
        StartupTrace.mark("settings read");
        AppTheme.apply(settings.theme());
        StartupTrace.mark("theme asked for");
        FxDialogs dialogs = new FxDialogs(() -> stage);
        new ErrorReporter(config.configDirectory(), dialogs).install();
        shell = new AppShell(config, settings, settingsStore, BackgroundWork.forApp(), dialogs);
        shell.setUrlOpener(url -> getHostServices().showDocument(url));
        StartupTrace.mark("shell built");
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        if (shell == null) {
            buildShell();
        }
        StartupTrace.mark("theme applied");
        Scene scene = new Scene(shell.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        AppTheme.style(scene);
        shell.attach(scene);
        shell.showStart(null);
        StartupTrace.mark("start screen built");

        stage.setTitle("Keyhaven");
        stage.setScene(scene);
        placeWindow(shell.settings().window());
        stage.setOnCloseRequest(event -> {
            if (!shell.mayLeavePage()) {
                event.consume();
            }
        });
        stage.setOnHidden(event -> closeDown());
        stage.show();
        StartupTrace.mark("window shown");
        StartupTrace.afterFirstFrame(scene, () -> Platform.runLater(this::afterFirstFrame));
    }

    /**
     * What the first frame can do without: the window icons, the unlocked app's stylesheet, and loading
     * what unlock and checks need.
     */
    private void afterFirstFrame() {
        stage.getIcons().setAll(AppTheme.windowIcons());
        AppTheme.styleMainWindow(stage.getScene());
        shell.trimHeapWhenIdle();
        shell.warmUpInBackground();
        FrameDelay.nextFrame(shell::prepareMainScreen);
        StartupTrace.closeLaterIfAsked(stage);
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

    /** On the screen it opens on, whole: see {@link WindowPlacement}. */
    private void placeWindow(WindowBounds remembered) {
        java.util.List<Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().filter(screen -> !screen.equals(Screen.getPrimary()))
                .forEach(screen -> screens.add(screen.getVisualBounds()));
        WindowBounds placed = WindowPlacement.place(remembered, DEFAULT_WIDTH, DEFAULT_HEIGHT, screens);
        stage.setMinWidth(Math.min(MIN_WIDTH, placed.width()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, placed.height()));
        stage.setX(placed.x());
        stage.setY(placed.y());
        stage.setWidth(placed.width());
        stage.setHeight(placed.height());
        stage.setMaximized(placed.maximized());
    }
}
