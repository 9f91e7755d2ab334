package dev.keyhaven.ui.form;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the Show buttons of a saved key's form draw: the API key at once (it names the key), the secret
 * key and the passphrase only after the master password is typed again, once for the form.
 */
final class StoredValues {

    private final Vault vault;
    private final KeyRecord key;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Consumer<String> message;
    private final Consumer<Exception> failed;
    /** True once the master password was typed again: showing the other secret does not ask twice. */
    private boolean passwordConfirmed;

    StoredValues(Vault vault, KeyRecord key, BackgroundWork work, Dialogs dialogs, Consumer<String> message,
            Consumer<Exception> failed) {
        this.vault = vault;
        this.key = key;
        this.work = work;
        this.dialogs = dialogs;
        this.message = message;
        this.failed = failed;
    }

    void reveal(CredentialField field, Consumer<Secret> show, Runnable refused) {
        if (field == CredentialField.API_KEY || passwordConfirmed) {
            work.run(() -> vault.credentials(key.id()), stored -> show(stored, field, show), failure -> {
                refused.run();
                failed.accept(failure);
            });
            return;
        }
        Optional<Secret> typed = dialogs.askMasterPassword("Show the " + field.inSentence() + "?",
                "Type your master password to show the stored " + field.inSentence() + " of \u201c"
                        + key.label() + "\u201d. It hides itself again after a few seconds.");
        if (typed.isEmpty()) {
            refused.run();
            return;
        }
        Secret password = typed.get();
        work.run(() -> {
            try (password) {
                return vault.isMasterPassword(password) ? vault.credentials(key.id()) : null;
            }
        }, stored -> {
            if (stored == null) {
                refused.run();
                message.accept("That is not your master password, so the " + field.inSentence()
                        + " stays hidden. Try Show again.");
                return;
            }
            passwordConfirmed = true;
            show(stored, field, show);
        }, failure -> {
            refused.run();
            failed.accept(failure);
        });
    }

    private void show(Credentials stored, CredentialField field, Consumer<Secret> show) {
        try (stored) {
            show.accept(switch (field) {
                case API_KEY -> stored.apiKey();
                case SECRET_KEY -> stored.secretKey();
                case PASSPHRASE -> stored.passphrase();
            });
        }
        message.accept("");
    }
}
