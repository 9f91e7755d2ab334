package dev.keyhaven.keys;

import dev.keyhaven.vault.KeyRecord;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a key by the label a person typed, and when there is no active key by that name, what there is:
 * an archived key of that name (and the key that replaced it), or active labels that differ from it only in
 * case, spaces or a slip of a letter or two.
 *
 * @param found       the active key, if one has the label (case and outer spaces aside)
 * @param archived    the newest archived key with the label, when no active key has it
 * @param replacement the active key that replaced {@code archived} in a rotation, if known and still there
 * @param nearMisses  active labels close to the one typed, when neither of the above
 */
public record KeyLookup(Optional<KeyRecord> found, Optional<KeyRecord> archived, Optional<KeyRecord> replacement,
                        List<String> nearMisses) {

    public KeyLookup {
        nearMisses = List.copyOf(nearMisses);
    }

    /**
     * @param active   the vault's active keys
     * @param archived its archived keys, any order
     */
    public static KeyLookup of(String typed, Collection<KeyRecord> active, Collection<KeyRecord> archived) {
        String wanted = typed == null ? "" : typed.strip();
        Optional<KeyRecord> found = active.stream().filter(key -> key.label().equalsIgnoreCase(wanted)).findFirst();
        if (found.isPresent()) {
            return new KeyLookup(found, Optional.empty(), Optional.empty(), List.of());
        }
        Optional<KeyRecord> old = archived.stream()
                .filter(key -> squeezed(key.label()).equals(squeezed(wanted)))
                .max(Comparator.comparing(KeyRecord::archivedAt));
        if (old.isPresent()) {
            Long replacedBy = old.get().replacedById();
            Optional<KeyRecord> replacement = replacedBy == null ? Optional.empty()
                    : active.stream().filter(key -> key.id() == replacedBy).findFirst();
            return new KeyLookup(Optional.empty(), old, replacement, List.of());
        }
        return new KeyLookup(Optional.empty(), Optional.empty(), Optional.empty(), nearMisses(wanted, active));
    }

    /**
     * Finds an archived key by the label typed ({@code remove --archived}): {@link #archived()} is the newest
     * archived key with that label (case and outer spaces aside, nothing looser, as it may be deleted for
     * good), else {@link #nearMisses()} are archived labels close to it, found as for active ones.
     */
    public static KeyLookup ofArchived(String typed, Collection<KeyRecord> archived) {
        String wanted = typed == null ? "" : typed.strip();
        Optional<KeyRecord> old = archived.stream().filter(key -> key.label().equalsIgnoreCase(wanted))
                .max(Comparator.comparing(KeyRecord::archivedAt));
        return new KeyLookup(Optional.empty(), old, Optional.empty(),
                old.isPresent() ? List.of() : nearMisses(wanted, archived));
    }

    private static List<String> nearMisses(String wanted, Collection<KeyRecord> keys) {
        return keys.stream().map(KeyRecord::label).filter(label -> near(label, wanted)).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /**
     * True when {@code typed} is the first word or words of a near miss: the rest of a label with spaces was
     * probably taken as other words of the command line, so quotes around the label are the fix.
     */
    public boolean cutAtASpace(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return !wanted.isEmpty() && nearMisses.stream()
                .anyMatch(label -> label.toLowerCase(Locale.ROOT).startsWith(wanted + " "));
    }

    /** Same letters once case and every space, dash and underscore are set aside, or one slip per four letters (two at most), or the start of it. */
    static boolean near(String label, String typed) {
        String a = squeezed(label);
        String b = squeezed(typed);
        if (b.isEmpty()) {
            return false;
        }
        int allowed = Math.min(2, Math.max(a.length(), b.length()) / 4);
        return a.equals(b) || TypingSlips.between(a, b) <= allowed || (b.length() >= 3 && a.startsWith(b));
    }

    static String squeezed(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]+", "");
    }
}
