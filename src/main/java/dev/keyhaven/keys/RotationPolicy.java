package dev.keyhaven.keys;

import dev.keyhaven.vault.KeyRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When a key should be replaced: a number of days after it was saved, its own or the app's default. */
public final class RotationPolicy {

    public static final int DEFAULT_ROTATION_DAYS = 90;
    public static final int DUE_SOON_DAYS = 14;

    private final Clock clock;
    private final int defaultDays;

    public RotationPolicy(Clock clock) {
        this(clock, DEFAULT_ROTATION_DAYS);
    }

    /** @param defaultDays the app's setting, used for keys whose own rotation days are 0 */
    public RotationPolicy(Clock clock, int defaultDays) {
        if (defaultDays < 1) {
            throw new IllegalArgumentException("Rotation needs at least 1 day; " + defaultDays + " was given.");
        }
        this.clock = clock;
        this.defaultDays = defaultDays;
    }

    public int rotationDays(KeyRecord key) {
        return key.rotationDays() > 0 ? key.rotationDays() : defaultDays;
    }

    /** Empty for an archived key: it is no longer in use. */
    public Optional<RotationStatus> status(KeyRecord key) {
        return key.archived() ? Optional.empty() : Optional.of(status(key.createdAt(), rotationDays(key)));
    }

    public RotationStatus status(Instant createdAt, int rotationDays) {
        Instant now = clock.instant();
        Instant dueAt = createdAt.plus(Duration.ofDays(rotationDays));
        long daysLeft = DayCount.between(now, dueAt, clock.getZone());
        RotationStatus.State state;
        if (!now.isBefore(dueAt)) {
            state = RotationStatus.State.OVERDUE;
        } else if (daysLeft <= DUE_SOON_DAYS) {
            state = RotationStatus.State.DUE_SOON;
        } else {
            state = RotationStatus.State.OK;
        }
        return new RotationStatus(state, dueAt, daysLeft);
    }
}
