package dev.keyhaven.ui.common;

import dev.keyhaven.keys.KnownPermissions;
import dev.keyhaven.vault.HistoryEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The mark a key carries in the list, from its newest check. Shown by icon and word, never by colour alone. */
public enum KeyStatus {
    /** OKX reported the withdraw permission (at the newest check that could ask it): flagged above all else. */
    WITHDRAW_ENABLED("Can withdraw!", "status-withdraw"),
    VERIFIED("Verified", "status-verified"),
    WARNINGS("Warnings", "status-warnings"),
    FAILING("Failing", "status-failing"),
    NEVER_CHECKED("Never checked", "status-never");

    private final String text;
    private final String styleClass;

    KeyStatus(String text, String styleClass) {
        this.text = text;
        this.styleClass = styleClass;
    }

    public String text() {
        return text;
    }

    public String styleClass() {
        return styleClass;
    }

    /**
     * The status from a key's history (any order): withdraw seen by a check that reached OKX first (even
     * if newer checks could not ask), else its newest connectivity check decides.
     */
    public static KeyStatus of(List<HistoryEntry> history) {
        if (KnownPermissions.of(history).withdrawEnabled()) {
            return WITHDRAW_ENABLED;
        }
        return newestCheck(history).map(check -> switch (check.outcome()) {
            case OK -> VERIFIED;
            case FAILED -> FAILING;
            // A check that only informs still deserves a look.
            case WARNING, INFO -> WARNINGS;
        }).orElse(NEVER_CHECKED);
    }

    public static Optional<HistoryEntry> newestCheck(List<HistoryEntry> history) {
        return history.stream()
                .filter(entry -> entry.kind() == HistoryEntry.Kind.CHECK)
                .max(Comparator.comparing(HistoryEntry::at));
    }
}
