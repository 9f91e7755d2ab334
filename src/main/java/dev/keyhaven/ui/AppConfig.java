package dev.keyhaven.ui;

import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.vault.VaultLocation;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the desktop app keeps its files and how it opens the vault. The app builds it with
 * {@link #standard()}; tests build their own. It is never read from system properties or the
 * environment beyond {@link VaultLocation}, so a user cannot weaken the key derivation.
 *
 * @param vaultFile           the vault the app creates or unlocks
 * @param configDirectory     where settings.json and keyhaven.log live
 * @param vaultOptions        key-derivation settings for creating and opening the vault
 * @param clock               the time source for back-off and dates
 * @param idleTimeoutOverride when not null, replaces the auto-lock setting (tests use seconds)
 * @param okxClients          makes the client that checks talk to OKX with; tests pass one that stays on
 *                            this computer
 */
public record AppConfig(
        Path vaultFile,
        Path configDirectory,
        VaultOptions vaultOptions,
        Clock clock,
        Duration idleTimeoutOverride,
        Supplier<OkxClient> okxClients) {

    public AppConfig {
        Objects.requireNonNull(vaultFile, "vaultFile");
        Objects.requireNonNull(configDirectory, "configDirectory");
        Objects.requireNonNull(vaultOptions, "vaultOptions");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(okxClients, "okxClients");
    }

    public AppConfig(Path vaultFile, Path configDirectory, VaultOptions vaultOptions, Clock clock) {
        this(vaultFile, configDirectory, vaultOptions, clock, null, () -> OkxClient.create());
    }

    /**
     * What the launcher uses: this user's vault and settings, the real key-derivation floor, and a clock in
     * the user's time zone, in which the status panel writes times and counts days.
     */
    public static AppConfig standard() {
        VaultLocation location = VaultLocation.ofThisUser();
        return new AppConfig(location.defaultVault(), location.configDirectory(), VaultOptions.standard(),
                Clock.systemDefaultZone());
    }

    public AppConfig withIdleTimeout(Duration idleTimeout) {
        return new AppConfig(vaultFile, configDirectory, vaultOptions, clock, idleTimeout, okxClients);
    }

    public AppConfig withOkxClients(Supplier<OkxClient> clients) {
        return new AppConfig(vaultFile, configDirectory, vaultOptions, clock, idleTimeoutOverride, clients);
    }
}
