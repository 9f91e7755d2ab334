package dev.keyhaven.ui.form;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** A key's label: not empty, and no other key's (case aside). */
final class LabelRule {

    private LabelRule() {
    }

    /** Why {@code value} cannot be the label, or empty; {@code own} is the edited key's label (null for a new key). */
    static Optional<String> problem(String value, String own, Collection<String> existing) {
        String wanted = value == null ? "" : value.strip();
        if (wanted.isEmpty()) {
            return Optional.of("Give the key a label, for example \"Grid bot\" or \"Tax journal\".");
        }
        String ownLower = own == null ? null : own.toLowerCase(Locale.ROOT);
        boolean taken = existing.stream()
                .map(label -> label.toLowerCase(Locale.ROOT))
                .filter(label -> !label.equals(ownLower))
                .anyMatch(label -> label.equals(wanted.toLowerCase(Locale.ROOT)));
        return taken ? Optional.of("Another key is already called \"" + wanted + "\". Choose a different label.")
                : Optional.empty();
    }
}
