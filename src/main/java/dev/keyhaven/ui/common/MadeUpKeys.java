package dev.keyhaven.ui.common;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Key records that belong to no vault, for rehearsals: views drawn once, hidden, while the window waits
 * for the master password, so that the real ones appear without the delay of code run for the first time.
 */
public final class MadeUpKeys {

    private MadeUpKeys() {
    }

    /** {@code count} records with negative ids, cycling through every purpose and environment. */
    public static List<KeyRecord> of(int count) {
        List<KeyRecord> keys = new ArrayList<>(count);
        Purpose[] purposes = Purpose.values();
        Environment[] environments = Environment.values();
        for (int i = 0; i < count; i++) {
            keys.add(new KeyRecord(-1L - i, "Rehearsal " + i, purposes[i % purposes.length],
                    environments[i / purposes.length % environments.length], Region.GLOBAL, null, "", Instant.EPOCH,
                    Instant.EPOCH, 0, Set.of(), null, null));
        }
        return keys;
    }
}
