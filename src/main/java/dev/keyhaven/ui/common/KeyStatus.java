package dev.keyhaven.ui.common;

import dev.keyhaven.keys.KeyHealth;
import dev.keyhaven.vault.HistoryEntry;
import java.util.List;

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

    /** The mark for a key's history (any order); the rule is {@link KeyHealth}'s. */
    public static KeyStatus of(List<HistoryEntry> history) {
        return switch (KeyHealth.of(history)) {
            case WITHDRAW_ENABLED -> WITHDRAW_ENABLED;
            case VERIFIED -> VERIFIED;
            case WARNINGS -> WARNINGS;
            case FAILING -> FAILING;
            case NEVER_CHECKED -> NEVER_CHECKED;
        };
    }
}
