package dev.keyhaven.keys;

import dev.keyhaven.vault.HistoryEntry;
import java.util.List;

/**
 * Where a key stands, from its history: the one rule the key list and the command line both show.
 * Withdraw seen by a check that reached OKX comes first, even if newer checks could not ask (see
 * {@link KnownPermissions}); otherwise the newest check decides.
 */
public enum KeyHealth {
    WITHDRAW_ENABLED,
    VERIFIED,
    WARNINGS,
    FAILING,
    NEVER_CHECKED;

    /** @param history a key's history, in any order */
    public static KeyHealth of(List<HistoryEntry> history) {
        return of(KnownPermissions.of(history));
    }

    public static KeyHealth of(KnownPermissions known) {
        if (known.withdrawEnabled()) {
            return WITHDRAW_ENABLED;
        }
        return known.newestCheck().map(check -> switch (check.outcome()) {
            case OK -> VERIFIED;
            case FAILED -> FAILING;
            // A check that only informs still deserves a look.
            case WARNING, INFO -> WARNINGS;
        }).orElse(NEVER_CHECKED);
    }
}
