package dev.keyhaven.keys;

import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which history entries are a use of the key on OKX: "Last used" and OKX's 14-day countdown start from the
 * newest. A signed request counts when it was accepted, except a one-off check sent to an address on this
 * computer ({@code check --base-url http://127.0.0.1:...}): a stand-in answered it, and OKX never saw it.
 */
public final class UseOnOkx {

    private UseOnOkx() {
    }

    /** True when {@code entry} is a signed request that OKX itself accepted. */
    public static boolean counts(HistoryEntry entry) {
        return entry.signedUse() && !oneOffAtThisComputer(entry);
    }

    /** When the newest of {@code entries} that {@link #counts} happened. */
    public static Optional<Instant> newest(Collection<HistoryEntry> entries) {
        return entries.stream().filter(UseOnOkx::counts).map(HistoryEntry::at).max(Comparator.naturalOrder());
    }

    /**
     * For a one-off check sent to another address than the key's own, where it went and whether that was a
     * use, e.g. "One-off check at http://127.0.0.1:40367 (a local address, not OKX): not a use of the key.";
     * empty for any other entry.
     */
    public static Optional<String> oneOffNote(HistoryEntry entry) {
        if (!CheckForKey.sentElsewhere(entry)) {
            return Optional.empty();
        }
        CheckResult check = CheckResult.recordedIn(entry);
        if (check == null || check.baseUrl() == null) {
            return Optional.of("One-off check at another address than the key's own.");
        }
        return Optional.of(sentToThisComputer(entry)
                ? "One-off check at " + KeyAddress.value(check.baseUrl()) + ": not a use of the key."
                : "One-off check at " + check.baseUrl() + ", not the key's own address.");
    }

    /**
     * A history row's words, the same in the app and the CLI: {@code summary} after the {@link #oneOffNote}, if
     * any. The note names the one-off address; where {@code summary} names it again it says "that address", so
     * the row is not two addresses long.
     */
    public static String rowSummary(HistoryEntry entry, String summary) {
        Optional<String> note = oneOffNote(entry);
        if (note.isEmpty()) {
            return summary;
        }
        CheckResult check = CheckResult.recordedIn(entry);
        String said = summary;
        if (check != null && check.baseUrl() != null) {
            String url = check.baseUrl();
            String named = KeyAddress.value(url);
            said = said.replace("the address " + named, THAT).replace(named, THAT)
                    .replace("the address " + url, THAT).replace(url, THAT);
        }
        return note.get() + " " + said;
    }

    private static final String THAT = "that address";

    /** True for a one-off check sent to an address on this computer: a stand-in answered it, not OKX. */
    static boolean oneOffAtThisComputer(HistoryEntry entry) {
        return CheckForKey.sentElsewhere(entry) && sentToThisComputer(entry);
    }

    private static boolean sentToThisComputer(HistoryEntry entry) {
        CheckResult check = CheckResult.recordedIn(entry);
        return check != null && KeyAddress.isLocal(check.baseUrl());
    }
}
