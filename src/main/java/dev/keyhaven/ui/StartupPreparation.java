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

    static StartupPreparation begin(AppConfig config) {
        CompletableFuture<SettingsStore> store = new CompletableFuture<>();
        CompletableFuture<AppSettings> settings = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                SettingsStore opened = new SettingsStore(config.configDirectory());
                store.complete(opened);
                AppSettings loaded = opened.load();
                settings.complete(loaded);
                AppTheme.preload(loaded.theme());
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
