package dev.keyhaven.ui.form;

import dev.keyhaven.secret.Secret;
import java.nio.CharBuffer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Warns when a pasted value does not look like what OKX hands out. OKX does not specify these shapes,
 * so a warning never stops a save. Matching runs over the characters in place: no String is built.
 */
final class CredentialShape {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern UPPER_HEX_32 = Pattern.compile("[0-9A-F]{32}");
    private static final Pattern INNER_SPACE = Pattern.compile(".*\\s.*", Pattern.DOTALL);

    private CredentialShape() {
    }

    /** A sentence about an unusual shape, or empty when {@code value} looks as expected. */
    static Optional<String> warning(CredentialField field, Secret value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return value.apply(chars -> {
            CharBuffer text = CharBuffer.wrap(chars);
            if (INNER_SPACE.matcher(text).matches()) {
                return Optional.of("There is a space or line break inside the " + field.inSentence()
                        + ". Copy it again from OKX in one piece.");
            }
            return switch (field) {
                case API_KEY -> UUID.matcher(text).matches() ? Optional.<String>empty()
                        : Optional.of("OKX API keys usually have 36 characters like 1a2b3c4d-0000-1111-2222-333344445555;"
                                + " this one has " + chars.length + ". Check that you copied all of it.");
                case SECRET_KEY -> UPPER_HEX_32.matcher(text).matches() ? Optional.<String>empty()
                        : Optional.of("OKX secret keys usually are 32 characters of 0-9 and A-F; this one has "
                                + chars.length + ". Check that you copied all of it.");
                case PASSPHRASE -> chars.length >= 6 && chars.length <= 32 ? Optional.<String>empty()
                        : Optional.of("OKX passphrases have 6 to 32 characters; this one has " + chars.length
                                + ". Use exactly the passphrase you typed when creating the key.");
            };
        });
    }
}
