package dev.keyhaven.keys;

import dev.keyhaven.guide.VerifiedFacts;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What Keyhaven knows about a key's permissions: the newest check in which OKX said what the key may do
 * (it answered account/config), and the newest check overall. A check that failed before OKX described
 * the key (no network, a wrong passphrase) tells nothing about its permissions, so it never hides an
 * earlier sighting of Withdraw: only a later check that reads the permissions again can clear it.
 */
public final class KnownPermissions {

    private static final KnownPermissions NOTHING = new KnownPermissions(null, null);

    private final HistoryEntry newestCheck;
    private final HistoryEntry newestWithPermissions;

    private KnownPermissions(HistoryEntry newestCheck, HistoryEntry newestWithPermissions) {
        this.newestCheck = newestCheck;
        this.newestWithPermissions = newestWithPermissions;
    }

    /** @param history a key's history, in any order */
    public static KnownPermissions of(List<HistoryEntry> history) {
        List<HistoryEntry> checks = history.stream()
                .filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK)
                .toList();
        if (checks.isEmpty()) {
            return NOTHING;
        }
        Comparator<HistoryEntry> byTime = Comparator.comparing(HistoryEntry::at);
        return new KnownPermissions(checks.stream().max(byTime).orElseThrow(),
                checks.stream().filter(KnownPermissions::speaksForTheKey).max(byTime).orElse(null));
    }

    /**
     * True when {@code check} read permissions that stand for the key's. A stand-in on this computer that a one-off
     * check asked is not OKX: its word counts only when it reports Withdraw, which must never be cleared by it.
     */
    static boolean speaksForTheKey(HistoryEntry check) {
        return check.permissions() != null
                && (check.permissions().withdraw() || !UseOnOkx.oneOffAtThisComputer(check));
    }

    public static KnownPermissions of(Vault vault, long keyId) throws VaultException {
        return of(vault.history(keyId));
    }

    /** The newest check, whatever it learned. */
    public Optional<HistoryEntry> newestCheck() {
        return Optional.ofNullable(newestCheck);
    }

    /** The newest check in which OKX reported the key's permissions. */
    public Optional<HistoryEntry> newestWithPermissions() {
        return Optional.ofNullable(newestWithPermissions);
    }

    /** What the key may do, as OKX last said; empty when it never said. */
    public Optional<Permissions> permissions() {
        return newestWithPermissions().map(HistoryEntry::permissions);
    }

    /** When OKX last said what the key may do. */
    public Optional<Instant> knownAt() {
        return newestWithPermissions().map(HistoryEntry::at);
    }

    public boolean neverChecked() {
        return newestCheck == null;
    }

    /** True when no check ever learned the permissions (never checked, or every check failed first). */
    public boolean unknown() {
        return newestWithPermissions == null;
    }

    /** True when OKX last reported the Withdraw permission. */
    public boolean withdrawEnabled() {
        return permissions().map(Permissions::withdraw).orElse(false);
    }

    public boolean newestCheckFailed() {
        return newestCheck != null && newestCheck.outcome() == HistoryEntry.Outcome.FAILED;
    }

    /** True when the permissions come from an older check than the newest one, which could not read them. */
    public boolean fromEarlierCheck() {
        return newestWithPermissions != null && newestWithPermissions != newestCheck;
    }

    /** The guide's facts: the newest check for "checked" and "passed", the known permissions for the rest. */
    public VerifiedFacts verifiedFacts() {
        if (newestCheck == null) {
            return VerifiedFacts.savedOnly();
        }
        return new VerifiedFacts(true, newestCheck.at(), newestCheck.signedUse(),
                newestWithPermissions == null ? null : newestWithPermissions.permissions(),
                newestWithPermissions == null ? List.of() : newestWithPermissions.ips(),
                newestWithPermissions == null ? null : newestWithPermissions.at());
    }
}
