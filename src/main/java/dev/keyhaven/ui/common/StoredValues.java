package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way a stored value leaves the vault for the screen or the clipboard, for active and archived
 * keys alike: the API key at once (it names the key, it is no secret); the secret key and the passphrase
 * only after the master password is typed again, once for the lifetime of this object.
 */
public final class StoredValues {

    /** What is done with the value, and what the question asking for the master password says of it. */
    public enum Use {
        SHOW("show", "Show", "stays hidden", "It hides itself again after a few seconds."),
        COPY("copy", "Copy", "was not copied", "Keyhaven clears the clipboard again shortly.");

        private final String verb;
        private final String button;
        private final String refused;
        private final String after;

        Use(String verb, String button, String refused, String after) {
            this.verb = verb;
            this.button = button;
            this.refused = refused;
            this.after = after;
        }
    }

    /**
     * One of a key's three values.
     *
     * @param inSentence e.g. "secret key"
     * @param secret     false for the API key: it needs no master password
     * @param pick       takes this value out of the decrypted credentials
     */
    public record Value(String inSentence, boolean secret, Function<Credentials, Secret> pick) {
        public static final Value API_KEY = new Value("API key", false, Credentials::apiKey);
        public static final Value SECRET_KEY = new Value("secret key", true, Credentials::secretKey);
        public static final Value PASSPHRASE = new Value("passphrase", true, Credentials::passphrase);
    }

    private final Vault vault;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Consumer<String> message;
    private final Consumer<Exception> failed;
    /** True once the master password was typed again: the next secret does not ask twice. */
    private boolean passwordConfirmed;
    /**
     * While the typed master password is checked: the secrets asked for meanwhile (another field's Show or
     * Copy), answered by that check's outcome instead of a second question. Null when no check runs.
     */
    private List<Consumer<Boolean>> waitingForCheck;

    /**
     * @param message told a sentence for the user ("" once a value was released)
     * @param failed  told when the vault could not be read
     */
    public StoredValues(Vault vault, BackgroundWork work, Dialogs dialogs, Consumer<String> message,
            Consumer<Exception> failed) {
        this.vault = vault;
        this.work = work;
        this.dialogs = dialogs;
        this.message = message;
        this.failed = failed;
    }

    /**
     * Decrypts one value of key {@code keyId} and hands it to {@code use}, which must not keep it (it is
     * closed after); asks for the master password first when the value is a secret. {@code refused} is
     * told when nothing is released.
     */
    public void release(long keyId, String keyLabel, Value value, Use purpose, Consumer<Secret> use,
            Runnable refused) {
        release(keyId, keyLabel, value, purpose, use, () -> { }, refused);
    }

    /**
     * As {@link #release(long, String, Value, Use, Consumer, Runnable)}; {@code checking} is told once the
     * master password was typed, while it is checked (a field then says so instead of waiting for it).
     */
    public void release(long keyId, String keyLabel, Value value, Use purpose, Consumer<Secret> use,
            Runnable checking, Runnable refused) {
        if (!value.secret() || passwordConfirmed) {
            work.run(() -> vault.credentials(keyId), stored -> hand(stored, value, use), failure -> {
                refused.run();
                failed.accept(failure);
            });
            return;
        }
        if (waitingForCheck != null) {
            checking.run();
            waitingForCheck.add(confirmed -> {
                if (confirmed) {
                    release(keyId, keyLabel, value, purpose, use, checking, refused);
                } else {
                    refused.run();
                }
            });
            return;
        }
        Optional<Secret> typed = dialogs.askMasterPassword(purpose.button + " the " + value.inSentence() + "?",
                "Type your master password to " + purpose.verb + " the stored " + value.inSentence() + " of \u201c"
                        + keyLabel + "\u201d. " + purpose.after, purpose.button, this::isMasterPassword);
        if (typed.isEmpty()) {
            refused.run();
            return;
        }
        Secret password = typed.get();
        checking.run();
        waitingForCheck = new ArrayList<>();
        work.run(() -> {
            try (password) {
                return vault.isMasterPassword(password) ? vault.credentials(keyId) : null;
            }
        }, stored -> {
            if (stored == null) {
                refused.run();
                message.accept("That is not your master password, so the " + value.inSentence() + " "
                        + purpose.refused + ". Try " + purpose.button + " again.");
                checked(false);
                return;
            }
            passwordConfirmed = true;
            hand(stored, value, use);
            checked(true);
        }, failure -> {
            refused.run();
            failed.accept(failure);
            checked(false);
        });
    }

    /** Answers what was asked for while the master password was checked. */
    private void checked(boolean confirmed) {
        List<Consumer<Boolean>> waiting = waitingForCheck;
        waitingForCheck = null;
        if (waiting != null) {
            waiting.forEach(each -> each.accept(confirmed));
        }
    }

    /** A vault that cannot be read lets the question close: the read after it reports the failure. */
    private boolean isMasterPassword(Secret typed) {
        try {
            return vault.isMasterPassword(typed);
        } catch (dev.keyhaven.vault.VaultException unreadable) {
            return true;
        }
    }

    private void hand(Credentials stored, Value value, Consumer<Secret> use) {
        message.accept("");
        try (stored) {
            use.accept(value.pick().apply(stored));
        }
    }
}
