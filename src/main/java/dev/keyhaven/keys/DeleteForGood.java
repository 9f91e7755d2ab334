package dev.keyhaven.keys;

import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The one question before an archived key is deleted for good, in the app and on the command line. */
public final class DeleteForGood {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private DeleteForGood() {
    }

    /** e.g. {@code Delete "Grid bot (replaced 2026-12-01)" for good?} */
    public static String question(String label) {
        return "Delete \"" + label + "\" for good?";
    }

    /** What deleting does, and what it does not; first of all when OKX accepted the key the last time it was asked. */
    public static String consequence(List<HistoryEntry> history, ZoneId zone) {
        String consequence = "Its three values and its history leave the vault. This cannot be undone. A backup made"
                + " before keeps a copy until newer backups replace it.";
        return acceptedAt(history).map(at -> "OKX still accepted this key when Keyhaven last asked (" + WHEN.format(
                at.atZone(zone)) + "): delete it on OKX's API page first. Its API key, which tells it apart there,"
                + " goes with it. " + consequence).orElse(consequence);
    }

    /** When OKX accepted the key in its newest check, if it did: it still worked on OKX then. */
    static Optional<Instant> acceptedAt(List<HistoryEntry> history) {
        return history.stream()
                .filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK)
                .max(Comparator.comparing(HistoryEntry::at))
                .filter(HistoryEntry::signedUse)
                .map(HistoryEntry::at);
    }
}
