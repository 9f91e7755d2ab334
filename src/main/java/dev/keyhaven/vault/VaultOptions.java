package dev.keyhaven.vault;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a vault is created and opened.
 *
 * @param floor        the weakest KDF settings accepted on open and used as the start of calibration
 * @param unlockTarget calibration aims for this unlock time on this machine; zero: use the floor as is
 * @param clock        the time source for record times and history
 */
public record VaultOptions(KdfParameters floor, Duration unlockTarget, Clock clock) {

    public VaultOptions {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(unlockTarget, "unlockTarget");
        Objects.requireNonNull(clock, "clock");
    }

    /** What the app and the command line use: the real floor, about one second of unlock. */
    public static VaultOptions standard() {
        return new VaultOptions(KdfParameters.FLOOR, Duration.ofSeconds(1), Clock.systemUTC());
    }

    /** Cheap settings so that test suites stay fast. The app never uses these. */
    public static VaultOptions forTests() {
        return new VaultOptions(new KdfParameters(256, 1, 1), Duration.ZERO, Clock.systemUTC());
    }

    public VaultOptions withClock(Clock newClock) {
        return new VaultOptions(floor, unlockTarget, newClock);
    }
}
