package dev.keyhaven.guide;

import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What Keyhaven knows for sure about a key, from the vault and its checks.
 *
 * @param credentialsSaved  the three values are stored in the vault
 * @param checkedAt         when the newest check ran, or null when it never ran
 * @param checkPassed       OKX accepted the newest check
 * @param permissions       what OKX reported in the newest check that read them, or null when none did
 * @param boundIps          the IP addresses OKX reported as bound to the key in that same check
 * @param permissionsSeenAt when that check ran, or null with {@code permissions}
 * @param goneOnOkxAt       when OKX said, asked after a revocation, that it no longer knows the key; or null
 */
public record VerifiedFacts(
        boolean credentialsSaved,
        Instant checkedAt,
        boolean checkPassed,
        Permissions permissions,
        List<String> boundIps,
        Instant permissionsSeenAt,
        Instant goneOnOkxAt) {

    public VerifiedFacts {
        boundIps = boundIps == null ? List.of() : List.copyOf(boundIps);
        if (permissions != null && permissionsSeenAt == null) {
            permissionsSeenAt = checkedAt;
        }
    }

    /** Facts about a key OKX has not been said to have deleted. */
    public VerifiedFacts(boolean credentialsSaved, Instant checkedAt, boolean checkPassed, Permissions permissions,
            List<String> boundIps, Instant permissionsSeenAt) {
        this(credentialsSaved, checkedAt, checkPassed, permissions, boundIps, permissionsSeenAt, null);
    }

    /** These facts, and that OKX said at {@code at} that it no longer knows the key. */
    public VerifiedFacts goneOnOkxSince(Instant at) {
        return new VerifiedFacts(credentialsSaved, checkedAt, checkPassed, permissions, boundIps, permissionsSeenAt, at);
    }

    /** Facts whose permissions, if any, come from the newest check itself. */
    public VerifiedFacts(boolean credentialsSaved, Instant checkedAt, boolean checkPassed, Permissions permissions,
            List<String> boundIps) {
        this(credentialsSaved, checkedAt, checkPassed, permissions, boundIps, permissions == null ? null : checkedAt);
    }

    /** A key that is not saved yet: nothing is verified. */
    public static final VerifiedFacts NOTHING = new VerifiedFacts(false, null, false, null, List.of());

    /** Saved, never checked. */
    public static VerifiedFacts savedOnly() {
        return new VerifiedFacts(true, null, false, null, List.of());
    }

    /**
     * The facts of a saved key from its history in the vault: the newest check says whether it passed; the
     * permissions and IPs come from the newest check in which OKX reported them, so a failed check never
     * hides an earlier sighting of Withdraw. Gives what keys.KnownPermissions#verifiedFacts() gives (a test
     * holds the two together); the guide cannot call the keys package itself.
     */
    public static VerifiedFacts fromHistory(List<HistoryEntry> history) {
        Comparator<HistoryEntry> byTime = Comparator.comparing(HistoryEntry::at);
        List<HistoryEntry> checks = history.stream().filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK).toList();
        HistoryEntry newest = checks.stream().max(byTime).orElse(null);
        if (newest == null) {
            return savedOnly();
        }
        HistoryEntry known = checks.stream().filter(entry -> entry.permissions() != null).max(byTime).orElse(null);
        return new VerifiedFacts(true, newest.at(), newest.signedUse(), known == null ? null : known.permissions(),
                known == null ? List.of() : known.ips(), known == null ? null : known.at());
    }

    public boolean checked() {
        return checkedAt != null;
    }
}
