package dev.keyhaven.ui.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.keyhaven.vault.OwnerOnlyFiles;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@code settings.json} in the config directory. */
public final class SettingsStore {

    static final String FILE_NAME = "settings.json";
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path file;

    public SettingsStore(Path configDirectory) {
        this.file = configDirectory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The stored settings; the defaults when there are none or the file cannot be read. */
    public AppSettings load() {
        if (!Files.isRegularFile(file)) {
            return AppSettings.DEFAULTS;
        }
        try {
            AppSettings stored = SettingsReader.read(file);
            return stored == null ? AppSettings.DEFAULTS : stored;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "settings.json could not be read; using the defaults ("
                    + e.getClass().getSimpleName() + ")");
            return AppSettings.DEFAULTS;
        }
    }

    /**
     * Writes through a temporary file and a rename, so a crash never leaves half a file. The config folder
     * (on Windows and macOS also the vault's folder) and the file are made owner-only.
     */
    public void save(AppSettings settings) throws IOException {
        OwnerOnlyFiles.ensureFolder(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), "settings", ".json.tmp");
        try {
            OwnerOnlyFiles.restrict(temporary);
            Writer.JSON.writeValue(temporary.toFile(), settings);
            OwnerOnlyFiles.replace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Made on the first save, after the first frame: an ObjectMapper loads hundreds of classes. */
    private static final class Writer {
        static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
