package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.OwnerOnlyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path config;

    @Test
    void withoutAFileTheDefaultsApply() {
        AppSettings settings = new SettingsStore(config).load();
        assertThat(settings).isEqualTo(AppSettings.DEFAULTS);
        assertThat(settings.autoLockMinutes()).isEqualTo(5);
        assertThat(settings.clipboardClearSeconds()).isEqualTo(15);
        assertThat(settings.rotationReminderDays()).isEqualTo(90);
    }

    @Test
    void savedSettingsAndWindowBoundsComeBack() throws Exception {
        SettingsStore store = new SettingsStore(config.resolve("nested"));
        AppSettings saved = AppSettings.DEFAULTS.withAutoLockMinutes(12).withClipboardClearSeconds(30)
                .withTheme(ThemeChoice.DARK).withRotationReminderDays(60)
                .withWindow(new WindowBounds(40, 50, 1200, 800, false));
        store.save(saved);
        assertThat(new SettingsStore(config.resolve("nested")).load()).isEqualTo(saved);
        assertThat(Files.readString(store.file())).contains("\"autoLockMinutes\" : 12").contains("DARK");
    }

    @Test
    void lockWhenMinimisedIsOnByDefaultAndInAFileWrittenBeforeItExisted() throws Exception {
        assertThat(AppSettings.DEFAULTS.lockWhenMinimised()).isTrue();
        Files.writeString(config.resolve("settings.json"), "{\"autoLockMinutes\": 7, \"clipboardClearSeconds\": 20}");
        assertThat(new SettingsStore(config).load().lockWhenMinimised()).isTrue();

        SettingsStore store = new SettingsStore(config);
        store.save(AppSettings.DEFAULTS.withLockWhenMinimised(false));
        assertThat(store.load().lockWhenMinimised()).isFalse();
    }

    @Test
    void aDamagedFileFallsBackToTheDefaults() throws Exception {
        Files.writeString(config.resolve("settings.json"), "{ not json");
        assertThat(new SettingsStore(config).load()).isEqualTo(AppSettings.DEFAULTS);
    }

    @Test
    void aHandEditedFileCannotSwitchTheProtectionsOff() throws Exception {
        Files.writeString(config.resolve("settings.json"),
                "{\"autoLockMinutes\": -3, \"clipboardClearSeconds\": 99999, \"rotationReminderDays\": 1, \"extra\": true}");
        AppSettings settings = new SettingsStore(config).load();
        assertThat(settings.autoLockMinutes()).isEqualTo(1);
        assertThat(settings.clipboardClearSeconds()).isEqualTo(AppSettings.MAX_CLIPBOARD_CLEAR_SECONDS);
        assertThat(settings.rotationReminderDays()).isEqualTo(AppSettings.MIN_ROTATION_DAYS);
        assertThat(settings.theme()).isEqualTo(ThemeChoice.SYSTEM);
    }

    @Test
    void theConfigFolderAndTheFileAreTheOwnersOnlyEvenWhenTheFolderExisted() throws Exception {
        Path folder = config.resolve("Keyhaven");
        Files.createDirectories(folder);
        ErrorReporterTest.loosen(folder);
        SettingsStore store = new SettingsStore(folder);

        store.save(AppSettings.DEFAULTS);

        assertThat(OwnerOnlyFiles.isOwnerOnly(folder)).isTrue();
        assertThat(OwnerOnlyFiles.isOwnerOnly(store.file())).isTrue();
        if (ErrorReporterTest.isPosix(folder)) {
            assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(store.file()))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }
}
