package dev.keyhaven.ui.keylist;

import dev.keyhaven.ui.common.KeyStatus;
import dev.keyhaven.vault.KeyRecord;
import java.util.Locale;

/** One row of the key list: the record and the mark of its newest check. */
public record KeyListItem(KeyRecord key, KeyStatus status) {

    /** True when {@code filter} is blank or found in the label, purpose, environment, region or status. */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        return String.join(" ", key.label(), key.purpose().displayName(), key.purpose().permissionSummary(),
                        key.environment().displayName(), key.region().displayName(), status.text())
                .toLowerCase(Locale.ROOT)
                .contains(wanted);
    }
}
