package dev.keyhaven.ui.unlock;

import dev.keyhaven.vault.Vault;
import java.util.function.Consumer;

/**
 * Work an unlock does on its own thread as soon as the vault opened ({@code read}: the shell reads the key list
 * there, so the unlocked window shows it at once), and its undoing on the JavaFX thread when that vault is not
 * handed over after all ({@code forget}: the unlock was cancelled meanwhile), so that nothing read from it stays.
 * {@code read} must not throw.
 */
public record ReadAhead(Consumer<Vault> read, Consumer<Vault> forget) {

    /** Reads nothing ahead. */
    public static final ReadAhead NONE = new ReadAhead(vault -> { }, vault -> { });
}
