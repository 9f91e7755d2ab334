package dev.keyhaven.guide;

import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What Keyhaven knows for sure about a key, from the vault and its last check.
 *
 * @param credentialsSaved the three values are stored in the vault
 * @param checkedAt        when the last check ran, or null when it never ran
 * @param checkPassed      OKX accepted the last check
 * @param permissions      what OKX reported in the last check, or null when it did not answer
 * @param boundIps         the IP addresses OKX reported as bound to the key
 */
public record VerifiedFacts(
        boolean credentialsSaved,
        Instant checkedAt,
        boolean checkPassed,
        Permissions permissions,
        List<String> boundIps) {

    public VerifiedFacts {
        boundIps = boundIps == null ? List.of() : List.copyOf(boundIps);
    }

    /** A key that is not saved yet: nothing is verified. */
    public static final VerifiedFacts NOTHING = new VerifiedFacts(false, null, false, null, List.of());

    /** Saved, never checked. */
    public static VerifiedFacts savedOnly() {
        return new VerifiedFacts(true, null, false, null, List.of());
    }

    /**
     * The facts of a saved key from its history in the vault: the newest check decides, and a check
     * passed when OKX accepted its signed request.
     */
    public static VerifiedFacts fromHistory(List<HistoryEntry> history) {
        return history.stream()
                .filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK)
                .max(Comparator.comparing(HistoryEntry::at))
                .map(check -> new VerifiedFacts(true, check.at(), check.signedUse(), check.permissions(), check.ips()))
                .orElseGet(VerifiedFacts::savedOnly);
    }

    public boolean checked() {
        return checkedAt != null;
    }
}
