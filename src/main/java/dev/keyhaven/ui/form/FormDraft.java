package dev.keyhaven.ui.form;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.KeptApiKey;
import dev.keyhaven.vault.Purpose;

/**
 * A new key's form as the lock found it, without its secrets: the label, purpose, place, address, notes and
 * the API key (which names the key; held as a {@link Secret} all the same, and wiped with the draft). The
 * secret key and a typed passphrase are not kept: only whether there were any, to say they must come again.
 */
public final class FormDraft implements AutoCloseable {

    private final String label;
    private final Purpose purpose;
    private final Environment environment;
    private final Region region;
    private final String baseUrl;
    private final String notes;
    private final KeptApiKey kept;

    FormDraft(CredentialsFormViewModel model, Secret apiKey, boolean secretKeyCleared, boolean passphraseCleared) {
        label = model.labelProperty().get();
        purpose = model.purposeProperty().get();
        environment = model.environmentProperty().get();
        region = model.regionProperty().get();
        baseUrl = model.baseUrlProperty().get();
        notes = model.notesProperty().get();
        kept = new KeptApiKey(apiKey, secretKeyCleared, passphraseCleared);
    }

    /** Puts the kept values back into {@code model}; the API key goes into its field through {@code apiKeyField}. */
    void restoreInto(CredentialsFormViewModel model, java.util.function.Consumer<Secret> apiKeyField) {
        model.labelProperty().set(label);
        model.purposeProperty().set(purpose);
        model.environmentProperty().set(environment);
        model.regionProperty().set(region);
        model.baseUrlProperty().set(baseUrl);
        model.notesProperty().set(notes);
        if (!kept.apiKey().isEmpty()) {
            apiKeyField.accept(kept.apiKey());
        }
    }

    /** The sentence that says which secrets the lock cleared, or "" for none. */
    String clearedSentence(boolean passphraseCameBack) {
        return kept.clearedSentence(passphraseCameBack,
                "The secret key and the passphrase were cleared when Keyhaven locked; paste them again.",
                "The secret key was cleared when Keyhaven locked; paste it again.",
                "The passphrase was cleared when Keyhaven locked; type it again.");
    }

    /** Wipes the kept API key. */
    @Override
    public void close() {
        kept.close();
    }

    @Override
    public String toString() {
        return "FormDraft[label, choices and API key of a new key]";
    }
}
