package dev.keyhaven.keys;

import java.util.Locale;
import java.util.regex.Pattern;

/** Whether the name a key has on OKX is the one it has in Keyhaven. */
final class OkxLabel {

    private static final Pattern KEYHAVEN_SUFFIX =
            Pattern.compile("\\s*\\(replaced \\d{4}-\\d{2}-\\d{2}(, archived copy \\d+)?\\)\\s*$");

    private OkxLabel() {
    }

    /** The label rule: OKX labels hold letters and digits only, so compare just those, ignoring case. */
    static boolean sameLabel(String okxLabel, String localLabel) {
        return normalise(okxLabel).equals(normalise(withoutOwnSuffix(localLabel)));
    }

    /**
     * The label without what Keyhaven added itself when a rotation archived the key, e.g. "gridbot (replaced
     * 2026-12-03)" or "(replaced 2026-12-03, archived copy 2)": nobody can give OKX's name that suffix.
     */
    static String withoutOwnSuffix(String label) {
        return label == null ? null : KEYHAVEN_SUFFIX.matcher(label).replaceFirst("");
    }

    private static String normalise(String label) {
        return label == null ? "" : label.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }
}
