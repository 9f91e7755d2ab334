package dev.keyhaven.ui.status;

import dev.keyhaven.keys.CheckResult;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the status panel asks of the shell around it.
 *
 * @param openUrl   opens a page in the trader's browser (the shell uses HostServices)
 * @param onChecked told on the JavaFX thread after a check was recorded, so the key list's mark follows
 */
public record StatusActions(Consumer<String> openUrl, Consumer<CheckResult> onChecked) {

    public StatusActions {
        Objects.requireNonNull(openUrl, "openUrl");
        Objects.requireNonNull(onChecked, "onChecked");
    }
}
