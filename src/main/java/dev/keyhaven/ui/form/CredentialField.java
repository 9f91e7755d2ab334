package dev.keyhaven.ui.form;

/** The three values OKX gives (API key, secret key) or asks for (passphrase). */
public enum CredentialField {
    API_KEY("API key"),
    SECRET_KEY("Secret key"),
    PASSPHRASE("Passphrase");

    private final String displayName;

    CredentialField(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
