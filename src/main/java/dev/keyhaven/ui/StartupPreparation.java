package dev.keyhaven.ui;

import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.ui.common.SettingsStore;
import dev.keyhaven.ui.theme.AppTheme;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What the first frame needs that does not need JavaFX: settings.json read (Jackson is slow to start)
 * and the theme's stylesheets read once. The launcher begins it before JavaFX starts, so that both
 * happen on another core while the toolkit comes up; {@link KeyhavenApp#start} then only waits for it.
 */
final class StartupPreparation {

    private final CompletableFuture<SettingsStore> store;
    private final CompletableFuture<AppSettings> settings;

    private StartupPreparation(CompletableFuture<SettingsStore> store, CompletableFuture<AppSettings> settings) {
        this.store = store;
        this.settings = settings;
    }

    /**
     * Starts reading. {@code preloadTheme} may be true only while JavaFX has no scene yet (the launcher,
     * before the toolkit starts): JavaFX's stylesheet reader keeps its class names in a map that is not
     * safe to use from two threads, so the settings are handed over only once the reading is done.
     */
    static StartupPreparation begin(AppConfig config, boolean preloadTheme) {
        CompletableFuture<SettingsStore> store = new CompletableFuture<>();
        CompletableFuture<AppSettings> settings = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                SettingsStore opened = new SettingsStore(config.configDirectory());
                store.complete(opened);
                AppSettings loaded = opened.load();
                try {
                    if (preloadTheme) {
                        AppTheme.preload(loaded.theme());
                    }
                } finally {
                    settings.complete(loaded);
                }
            } catch (RuntimeException | LinkageError e) {
                store.completeExceptionally(e);
                settings.completeExceptionally(e);
            }
        }, "keyhaven-startup");
        thread.setDaemon(true);
        thread.start();
        return new StartupPreparation(store, settings);
    }

    SettingsStore settingsStore() {
        return store.join();
    }

    /** The stored settings; the defaults if reading them failed in a way SettingsStore did not catch. */
    AppSettings settings() {
        try {
            return settings.join();
        } catch (CompletionException e) {
            ErrorReporter.log(e.getCause());
            return AppSettings.DEFAULTS;
        }
    }
}
