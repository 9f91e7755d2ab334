package dev.keyhaven.ui.form;

/** A field of the credentials form that can stop a save, in the order the form shows them. */
public enum FormPart {
    LABEL, BASE_URL, API_KEY, SECRET_KEY, PASSPHRASE;

    static FormPart of(CredentialField field) {
        return switch (field) {
            case API_KEY -> API_KEY;
            case SECRET_KEY -> SECRET_KEY;
            case PASSPHRASE -> PASSPHRASE;
        };
    }
}
