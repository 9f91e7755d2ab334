package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.json is read before the first frame, so reading it must stay light (issue 18). */
class SettingsReaderTest {

    @TempDir
    Path config;

    @Test
    void readingTheSettingsLoadsNoObjectMapper() throws Exception {
        new SettingsStore(config).save(AppSettings.DEFAULTS.withTheme(ThemeChoice.DARK));
        try (RecordingLoader loader = new RecordingLoader()) {
            Class<?> store = loader.loadClass(SettingsStore.class.getName());
            Object opened = store.getConstructor(Path.class).newInstance(config);
            Object settings = store.getMethod("load").invoke(opened);

            assertThat(settings.toString()).contains("theme=Dark");
            assertThat(loader.loaded).anyMatch(name -> name.startsWith("com.fasterxml.jackson.core."))
                    .noneMatch(name -> name.startsWith("com.fasterxml.jackson.databind."));
        }
    }

    @Test
    void fieldsItDoesNotKnowAreSkippedWhereverTheyAre() throws Exception {
        Files.writeString(config.resolve("settings.json"), """
                {"extra": {"deep": [1, {"x": 2}]}, "autoLockMinutes": 12,
                 "window": {"x": 40, "y": 50.5, "width": 1200, "height": 800, "maximized": true, "screen": [1, 2]},
                 "theme": "LIGHT", "later": [], "lockWhenMinimised": false, "rotationReminderDays": 30}
                """);
        AppSettings settings = new SettingsStore(config).load();
        assertThat(settings).isEqualTo(new AppSettings(12, 0, ThemeChoice.LIGHT, 30,
                new WindowBounds(40, 50.5, 1200, 800, true), false));
    }

    @Test
    void aValueOfTheWrongKindIsLeftAtItsDefault() throws Exception {
        Files.writeString(config.resolve("settings.json"),
                "{\"autoLockMinutes\": \"soon\", \"theme\": \"PINK\", \"window\": 3, \"lockWhenMinimised\": null}");
        assertThat(new SettingsStore(config).load()).isEqualTo(AppSettings.DEFAULTS);
    }

    @Test
    void aFileThatIsNotOneObjectFallsBackToTheDefaults() throws Exception {
        for (String text : List.of("null", "[1, 2]", "{\"autoLockMinutes\": 7")) {
            Files.writeString(config.resolve("settings.json"), text);
            assertThat(new SettingsStore(config).load()).as(text).isEqualTo(AppSettings.DEFAULTS);
        }
    }

    /** Loads the app's and its libraries' classes itself, from the class path, and notes each one. */
    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        RecordingLoader() throws Exception {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            loaded.add(name);
            return super.findClass(name);
        }

        private static URL[] classPath() throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        }
    }
}
