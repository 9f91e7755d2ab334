package dev.keyhaven.vault;

import dev.keyhaven.okx.Permissions;
import java.time.Instant;
import java.util.List;

/**
 * One event in a key's life, stored encrypted.
 *
 * @param kind        what happened
 * @param outcome     how it went
 * @param summary     one sentence for people, e.g. "Works. Read + Trade, bound to 1 IP."
 * @param signedUse   true when OKX accepted a signed request: this counts as "last used" for the
 *                    14-day rule
 * @param permissions what OKX reported, or null when it did not answer
 * @param ips         the IPs the key is bound to, as OKX reported them
 * @param accountUid  the account's UID, or null
 * @param problemIds  ids from the problem catalog found at that time
 * @param detailJson  the full check result as JSON (read by the status panel), or null
 */
public record HistoryEntry(
        Instant at,
        Kind kind,
        Outcome outcome,
        String summary,
        boolean signedUse,
        Permissions permissions,
        List<String> ips,
        String accountUid,
        List<String> problemIds,
        String detailJson) {

    public HistoryEntry {
        ips = ips == null ? List.of() : List.copyOf(ips);
        problemIds = problemIds == null ? List.of() : List.copyOf(problemIds);
        summary = summary == null ? "" : summary;
    }

    public enum Kind {
        /** A connectivity check. */
        CHECK,
        /** A signed request that kept the key alive, outside a full check. */
        KEEP_ALIVE,
        /** The credentials were handed to a program ({@code keyhaven run}). */
        HANDOUT,
        /** Created, edited, rotated, archived: changes to the record itself. */
        CHANGE
    }

    public enum Outcome { OK, WARNING, FAILED, INFO }
}
