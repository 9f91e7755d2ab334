package dev.keyhaven.ui.form;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.StoredValues;
import dev.keyhaven.vault.KeyRecord;
import java.util.function.Consumer;

/**
 * The form's Copy and Show of a credential: what the field holds, or else the stored value (decrypted
 * just for this and wiped at once; a secret only after the master password).
 */
final class CopyAndShow {

    private final KeyRecord editing;
    private final StoredValues storedValues;
    private final Consumer<Secret> copier;
    private final Consumer<String> say;

    /** @param storedValues null for a new key, which has nothing stored */
    CopyAndShow(KeyRecord editing, StoredValues storedValues, Consumer<Secret> copier, Consumer<String> say) {
        this.editing = editing;
        this.storedValues = storedValues;
        this.copier = copier;
        this.say = say;
    }

    /** The caller keeps and wipes {@code inField}. */
    void copy(CredentialField field, Secret inField) {
        if (!inField.isEmpty()) {
            copier.accept(inField);
            say.accept(copiedMessage(field));
            return;
        }
        if (editing == null) {
            say.accept("The " + field.inSentence() + " is empty: nothing to copy.");
            return;
        }
        storedValues.release(editing.id(), editing.label(), field.stored(), StoredValues.Use.COPY, value -> {
            copier.accept(value);
            say.accept(copiedMessage(field));
        }, () -> { });
    }

    void revealStored(CredentialField field, Consumer<Secret> show, Runnable checking, Runnable refused) {
        if (editing == null) {
            refused.run();
            return;
        }
        storedValues.release(editing.id(), editing.label(), field.stored(), StoredValues.Use.SHOW, show, checking,
                refused);
    }

    private static String copiedMessage(CredentialField field) {
        return "Copied the " + field.inSentence() + ". Keyhaven clears the clipboard again shortly.";
    }
}
