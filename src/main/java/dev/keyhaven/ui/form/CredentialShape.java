package dev.keyhaven.ui.form;

import dev.keyhaven.keys.InputLint;
import dev.keyhaven.secret.Secret;
import java.nio.CharBuffer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Warns when a pasted value does not look like what OKX hands out. OKX does not specify these shapes,
 * so a warning never stops a save. The shapes themselves are {@link InputLint}'s; this class words them
 * for the form, with the length found. No String is built from the value.
 */
final class CredentialShape {

    private static final Pattern INNER_SPACE = Pattern.compile(".*\\s.*", Pattern.DOTALL);

    private CredentialShape() {
    }

    /**
     * Why {@code value} cannot be saved at all, or empty. An OKX API key never contains white space (it is
     * shaped like 1a2b3c4d-0000-1111-2222-333344445555), so one inside it is a copying accident.
     */
    static Optional<String> refusal(CredentialField field, Secret value) {
        if (field != CredentialField.API_KEY || value.isEmpty() || !spaceInside(value)) {
            return Optional.empty();
        }
        return Optional.of("An OKX API key never contains a space or line break, and this one does, so Keyhaven"
                + " cannot save it. Copy the API key again from OKX's API page in one piece and paste it here.");
    }

    /** Spaces around the value are no part of it (saving removes them, with a note): only those inside count. */
    private static boolean spaceInside(Secret value) {
        try (Secret inner = value.stripped()) {
            return inner.apply(chars -> INNER_SPACE.matcher(CharBuffer.wrap(chars)).matches());
        }
    }

    /** A sentence about an unusual shape, or empty when {@code value} looks as expected. */
    static Optional<String> warning(CredentialField field, Secret value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int length;
        try (Secret inner = value.stripped()) {
            length = inner.length();
        }
        if (spaceInside(value)) {
            return Optional.of("There is a space or line break inside the " + field.inSentence()
                    + ". Copy it again from OKX in one piece.");
        }
        return switch (field) {
            case API_KEY -> InputLint.looksLikeApiKey(value) ? Optional.<String>empty()
                    : Optional.of("OKX API keys usually have 36 characters like 1a2b3c4d-0000-1111-2222-333344445555;"
                            + " this one has " + length + ". Check that you copied all of it.");
            case SECRET_KEY -> InputLint.looksLikeSecretKey(value) ? Optional.<String>empty()
                    : Optional.of("OKX secret keys usually are 32 characters of 0-9 and A-F; this one has "
                            + length + ". Check that you copied all of it.");
            case PASSPHRASE -> length >= InputLint.PASSPHRASE_MIN && length <= InputLint.PASSPHRASE_MAX
                    ? Optional.<String>empty()
                    : Optional.of("OKX passphrases have " + InputLint.PASSPHRASE_MIN + " to "
                            + InputLint.PASSPHRASE_MAX + " characters; this one has " + length
                            + ". Use exactly the passphrase you typed when creating the key.");
        };
    }
}
