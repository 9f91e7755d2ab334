package dev.keyhaven.keys;

import dev.keyhaven.okx.OkxException;
import dev.keyhaven.okx.OkxException.CredentialField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The problems of the three stored values themselves: OKX refuses one, or one cannot be right as stored. */
final class CredentialProblems {

    /** What to do about a key OKX deleted: nothing is left to delete there, and no leak to fear. */
    static final String DELETED_FIX = "Nothing is left to delete on OKX, and this key will not work again. Archive it"
            + " in Keyhaven (on the key's page: More, then \u201cArchive it: OKX no longer knows it\u201d), then create"
            + " a new key on OKX and add it to Keyhaven, or rotate this key to the new one.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private CredentialProblems() {
    }

    static Problem wrongPassphrase(ProblemContext context) {
        return ProblemCatalog.error(ProblemId.AUTH_WRONG_PASSPHRASE, context,
                context.failure() == OkxException.Kind.UNSENDABLE_VALUE
                        ? "The stored passphrase contains a line break, a tab or an unusual character, so it "
                                + "cannot be sent to OKX."
                        : "OKX does not accept the passphrase stored for this key.",
                OkxCodeTable.PASSPHRASE_FIX);
    }

    static Problem invalidKey(ProblemContext context) {
        if (context.failure() == OkxException.Kind.UNSENDABLE_VALUE) {
            return ProblemCatalog.error(ProblemId.AUTH_INVALID_KEY, context,
                    "The stored API key contains a line break, a tab or an unusual character, so it cannot be sent to OKX.",
                    "Edit the key and paste the API key again from OKX's API page.");
        }
        OkxCodeTable.Words words = unknownKey(context, "OKX does not recognise this API key.",
                OkxCodeTable.INVALID_KEY_FIX);
        return ProblemCatalog.error(ProblemId.AUTH_INVALID_KEY, context, words.message(), words.fix());
    }

    /**
     * A key OKX says it does not know: when OKX accepted these very credentials before, it was deleted on OKX
     * (by the trader, or by OKX for 14 days unused), and that is what the words say; otherwise {@code message}
     * and {@code fix}, for a key that may only be mistyped.
     */
    static OkxCodeTable.Words unknownKey(ProblemContext context, String message, String fix) {
        if (context.lastSignedUse() == null) {
            return new OkxCodeTable.Words(message, fix);
        }
        String code = context.okxCode() == null ? "" : " (code " + context.okxCode() + ")";
        return new OkxCodeTable.Words("OKX no longer knows this API key" + code + ", though it accepted it on "
                + DAY.format(context.lastSignedUse()) + ": the key was deleted on OKX.", DELETED_FIX);
    }

    static Problem badSignature(ProblemContext context) {
        return ProblemCatalog.error(ProblemId.AUTH_BAD_SIGNATURE, context,
                "OKX rejected the signature made with the stored secret key. This almost always means the "
                        + "secret key is wrong or was cut short when it was copied.",
                OkxCodeTable.SIGNATURE_FIX);
    }

    static Problem whitespace(ProblemContext context) {
        return new Problem(ProblemId.INPUT_WHITESPACE, Severity.WARNING, null,
                "The stored " + fieldList(context.fields()) + (context.fields().size() > 1 ? " start or end" : " starts or ends")
                        + " with a space or a line break.",
                "Edit the key and paste the value again without anything around it: OKX never puts spaces "
                        + "in these values.");
    }

    static Problem shape(ProblemContext context) {
        return new Problem(ProblemId.INPUT_SHAPE, Severity.WARNING, null,
                shapeMessage(context.fields()),
                "Compare it with what OKX showed when you created the key and paste it again if it differs. "
                        + "If it is right, ignore this warning: OKX does not publish the exact format.");
    }

    private static String shapeMessage(List<CredentialField> fields) {
        StringBuilder text = new StringBuilder();
        for (CredentialField field : fields) {
            text.append(text.isEmpty() ? "" : " ").append(switch (field) {
                case API_KEY -> "The API key does not look like an OKX API key (36 characters in groups, like "
                        + "1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f).";
                case SECRET_KEY -> "The secret key does not look like an OKX secret key (32 characters, "
                        + "digits and the capital letters A to F).";
                case PASSPHRASE -> "The passphrase is outside OKX's rules (6 to 32 characters).";
            });
        }
        return text.isEmpty() ? "A stored value has an unusual shape." : text.toString();
    }

    private static String fieldList(List<CredentialField> fields) {
        List<String> names = fields.stream().map(CredentialProblems::fieldName).toList();
        if (names.isEmpty()) {
            return "value";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String fieldName(CredentialField field) {
        return switch (field) {
            case API_KEY -> "API key";
            case SECRET_KEY -> "secret key";
            case PASSPHRASE -> "passphrase";
        };
    }
}
