package dev.keyhaven.vault;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a vault is created and opened.
 *
 * @param floor            the weakest KDF settings accepted on open and used as the start of calibration
 * @param unlockTarget     calibration aims for this unlock time on this machine; zero: use the floor as is
 * @param clock            the time source for record times and history; its zone is the one days are told in
 * @param generationMemory the folder where the last generation seen of each vault is kept (see
 *                         {@link GenerationMemory}), the vault last opened at each path ({@link PathMemory}) and its header
 *                         ({@link HeaderMemory});
 *                         null remembers nothing, so no older copy nor other vault is noticed
 */
public record VaultOptions(KdfParameters floor, Duration unlockTarget, Clock clock, Path generationMemory) {

    public VaultOptions {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(unlockTarget, "unlockTarget");
        Objects.requireNonNull(clock, "clock");
    }

    public VaultOptions(KdfParameters floor, Duration unlockTarget, Clock clock) {
        this(floor, unlockTarget, clock, null);
    }

    /**
     * What the app and the command line use: the real floor, about one second of unlock, memory beside the
     * settings, and this computer's clock in its own zone (the one the vault's sentences tell days in).
     */
    public static VaultOptions standard() {
        return new VaultOptions(KdfParameters.FLOOR, Duration.ofSeconds(1), Clock.systemDefaultZone(),
                VaultLocation.ofThisUser().configDirectory());
    }

    /** Cheap settings so that test suites stay fast; no generation memory. The app never uses these. */
    public static VaultOptions forTests() {
        return new VaultOptions(new KdfParameters(256, 1, 1), Duration.ZERO, Clock.systemUTC());
    }

    public VaultOptions withClock(Clock newClock) {
        return new VaultOptions(floor, unlockTarget, newClock, generationMemory);
    }

    public VaultOptions withGenerationMemory(Path folder) {
        return new VaultOptions(floor, unlockTarget, clock, folder);
    }

    GenerationMemory memory() {
        return generationMemory == null ? null : new GenerationMemory(generationMemory);
    }

    /** The vault last opened at each path, kept in the same folder as the generations. */
    PathMemory pathMemory() {
        return generationMemory == null ? null : new PathMemory(generationMemory);
    }

    /** The header last seen at each path, kept in the same folder as the generations. */
    HeaderMemory headerMemory() {
        return generationMemory == null ? null : new HeaderMemory(generationMemory);
    }
}
