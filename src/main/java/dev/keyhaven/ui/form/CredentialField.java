package dev.keyhaven.ui.form;

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

    /** The name inside a sentence: "the API key", "the secret key". */
    public String inSentence() {
        return inSentence;
    }
}
