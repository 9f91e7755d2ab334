package dev.keyhaven.cli;

import dev.keyhaven.keys.KeyHealth;
import dev.keyhaven.keys.KnownPermissions;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a key's history says about it now: its last check, what OKX last said it may do, its last use on
 * OKX, its last hand-out.
 */
record KeyStatus(KnownPermissions known, Optional<Instant> lastSignedUse, Optional<Instant> lastHandout,
        List<HistoryEntry> history) {

    static KeyStatus of(Vault vault, KeyRecord key) {
        try {
            return of(vault.history(key.id()));
        } catch (VaultException e) {
            throw VaultAccess.failure(e, vault.path());
        }
    }

    /** @param history newest first, as the vault returns it */
    static KeyStatus of(List<HistoryEntry> history) {
        return new KeyStatus(
                KnownPermissions.of(history),
                history.stream().filter(HistoryEntry::signedUse).map(HistoryEntry::at).findFirst(),
                history.stream().filter(entry -> entry.kind() == HistoryEntry.Kind.HANDOUT)
                        .map(HistoryEntry::at).findFirst(),
                List.copyOf(history));
    }

    Optional<HistoryEntry> lastCheck() {
        return known.newestCheck();
    }

    /** True when OKX last reported the withdraw permission, even if newer checks could not ask it. */
    boolean withdrawSeen() {
        return known.withdrawEnabled();
    }

    /** One word for tables and JSON: ok, warning, failed, never-checked or withdraw-enabled. */
    String word() {
        return switch (KeyHealth.of(known)) {
            case WITHDRAW_ENABLED -> "withdraw-enabled";
            case VERIFIED -> "ok";
            case WARNINGS -> "warning";
            case FAILING -> "failed";
            case NEVER_CHECKED -> "never-checked";
        };
    }
}
