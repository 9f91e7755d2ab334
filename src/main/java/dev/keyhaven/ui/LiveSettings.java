package dev.keyhaven.ui;

import dev.keyhaven.ui.common.AppSettings;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.SettingsStore;
import dev.keyhaven.ui.theme.AppTheme;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The settings in force: read by the parts that follow them, replaced (and saved) by the Settings page. */
final class LiveSettings {

    private final SettingsStore store;
    private final BackgroundWork work;
    private AppSettings current;

    LiveSettings(AppSettings initial, SettingsStore store, BackgroundWork work) {
        this.current = initial;
        this.store = store;
        this.work = work;
    }

    AppSettings get() {
        return current;
    }

    void update(AppSettings next) {
        boolean themeChanged = next.theme() != current.theme();
        current = next;
        if (themeChanged) {
            AppTheme.apply(next.theme());
        }
        work.runQuietly(() -> {
            try {
                store.save(next);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
