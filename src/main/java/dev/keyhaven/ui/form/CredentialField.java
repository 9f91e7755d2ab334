package dev.keyhaven.ui.form;

import dev.keyhaven.ui.common.StoredValues;

/** The three values OKX gives (API key, secret key) or asks for (passphrase). */
public enum CredentialField {
    API_KEY("API key", "API key"),
    SECRET_KEY("Secret key", "secret key"),
    PASSPHRASE("Passphrase", "passphrase");

    private final String displayName;
    private final String inSentence;

    CredentialField(String displayName, String inSentence) {
        this.displayName = displayName;
        this.inSentence = inSentence;
    }

    public String displayName() {
        return displayName;
    }

    /** The same value as the vault's stored values know it (and whether the master password guards it). */
    public StoredValues.Value stored() {
        return switch (this) {
            case API_KEY -> StoredValues.Value.API_KEY;
            case SECRET_KEY -> StoredValues.Value.SECRET_KEY;
            case PASSPHRASE -> StoredValues.Value.PASSPHRASE;
        };
    }

    /** The name inside a sentence: "the API key", "the secret key". */
    public String inSentence() {
        return inSentence;
    }
}
