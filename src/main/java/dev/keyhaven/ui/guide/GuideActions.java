package dev.keyhaven.ui.guide;

import dev.keyhaven.secret.Secret;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What the guide asks of the shell around it.
 *
 * @param openUrl           opens a page in the trader's browser (the shell uses HostServices)
 * @param onSaveCredentials opens the credentials form
 * @param onRunCheck        checks the key shown against OKX
 * @param onTicksChanged    stores the trader's ticks for the key (Vault.setChecklistDone): every stored
 *                          id, those of other guides included
 * @param copyToClipboard   puts the generated passphrase on the clipboard and clears it after a while;
 *                          it receives a copy it owns and must close
 * @param mayReplacePassphrase asks before a new passphrase replaces one the trader copied ({@code true}) or
 *                          looked at ({@code false}), which may be typed into OKX already; true to replace
 */
public record GuideActions(
        Consumer<String> openUrl,
        Runnable onSaveCredentials,
        Runnable onRunCheck,
        Consumer<Set<String>> onTicksChanged,
        Consumer<Secret> copyToClipboard,
        Predicate<Boolean> mayReplacePassphrase) {

    public GuideActions {
        Objects.requireNonNull(openUrl, "openUrl");
        Objects.requireNonNull(onSaveCredentials, "onSaveCredentials");
        Objects.requireNonNull(onRunCheck, "onRunCheck");
        Objects.requireNonNull(onTicksChanged, "onTicksChanged");
        Objects.requireNonNull(copyToClipboard, "copyToClipboard");
        Objects.requireNonNull(mayReplacePassphrase, "mayReplacePassphrase");
    }
}
