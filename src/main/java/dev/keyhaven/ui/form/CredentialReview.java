package dev.keyhaven.ui.form;

import dev.keyhaven.secret.Secret;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the form says about each of the three credentials: spaces removed, an unusual shape, or what stops
 * a save. It sees the values only as {@link Secret}s lent for a moment; its sentences never contain them.
 */
final class CredentialReview {

    private final boolean newKey;
    private final Map<CredentialField, StringProperty> trimNotices = new EnumMap<>(CredentialField.class);
    private final Map<CredentialField, StringProperty> shapeWarnings = new EnumMap<>(CredentialField.class);
    /** What stops a save at a credential field (missing, or a value OKX never hands out), said under it. */
    private final Map<CredentialField, StringProperty> problems = new EnumMap<>(CredentialField.class);
    private final Map<CredentialField, BooleanProperty> filled = new EnumMap<>(CredentialField.class);

    CredentialReview(boolean newKey) {
        this.newKey = newKey;
        for (CredentialField field : CredentialField.values()) {
            trimNotices.put(field, new SimpleStringProperty(this, "trim" + field, ""));
            shapeWarnings.put(field, new SimpleStringProperty(this, "shape" + field, ""));
            problems.put(field, new SimpleStringProperty(this, "problem" + field, ""));
            filled.put(field, new SimpleBooleanProperty(this, "filled" + field, false));
        }
    }

    /**
     * Reviews a value as pasted or left: spaces around it are removed (the result holds the trimmed value,
     * which the caller puts back and closes) and a notice says so.
     */
    Optional<Secret> review(CredentialField field, Secret value) {
        Optional<Secret> trimmed = Optional.empty();
        if (value.hasOuterWhitespace()) {
            trimmed = Optional.of(value.stripped());
            trimNotices.get(field).set("Removed the spaces around the " + field.inSentence()
                    + ": OKX never puts spaces there.");
        } else if (value.isEmpty()) {
            trimNotices.get(field).set("");
        }
        judge(field, trimmed.orElse(value));
        return trimmed;
    }

    /**
     * Reviews a value while it is typed: its shape and what stops a save, said at once and cleared as soon
     * as the value is right. Spaces are left alone (one typed last may be followed by more characters).
     */
    void reviewWhileTyping(CredentialField field, Secret value) {
        if (value.isEmpty()) {
            trimNotices.get(field).set("");
        }
        judge(field, value);
    }

    private void judge(CredentialField field, Secret value) {
        Optional<String> refusal = CredentialShape.refusal(field, value);
        boolean stillMissing = value.isEmpty() && problems.get(field).get().equals(missing(field));
        if (!stillMissing) {
            problems.get(field).set(refusal.orElse(""));
        }
        shapeWarnings.get(field).set(refusal.isPresent() ? "" : CredentialShape.warning(field, value).orElse(""));
        filled.get(field).set(!value.isEmpty());
    }

    /** The first credential's sentence that stops a save; empty when none does. */
    Optional<String> blockingProblem() {
        for (CredentialField field : CredentialField.values()) {
            String refusal = problems.get(field).get();
            if (filled.get(field).get() && !refusal.isEmpty()) {
                return Optional.of(refusal);
            }
        }
        if (newKey && !allFilled()) {
            return Optional.of("Paste the API key, the secret key and the passphrase: Keyhaven needs all three.");
        }
        return Optional.empty();
    }

    /** The first credential, top to bottom, that stops a save. */
    Optional<CredentialField> firstInvalid() {
        for (CredentialField field : CredentialField.values()) {
            boolean missing = newKey && !filled.get(field).get();
            if (missing || filled.get(field).get() && !problems.get(field).get().isEmpty()) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** After a refused save, each missing credential of a new key says so under itself. */
    void sayMissing() {
        for (CredentialField field : CredentialField.values()) {
            if (newKey && !filled.get(field).get()) {
                problems.get(field).set(missing(field));
            }
        }
    }

    /** The shape warning of a filled field, or empty: a save then asks first. */
    Optional<String> shapeWarning(CredentialField field) {
        String warning = shapeWarnings.get(field).get();
        return filled.get(field).get() && !warning.isEmpty() ? Optional.of(warning) : Optional.empty();
    }

    private static String missing(CredentialField field) {
        return "Paste the " + field.inSentence() + " here: Keyhaven needs the API key, the secret key and the"
                + " passphrase.";
    }

    private boolean allFilled() {
        return filled.values().stream().allMatch(BooleanProperty::get);
    }

    BooleanProperty filledProperty(CredentialField field) {
        return filled.get(field);
    }

    ReadOnlyStringProperty trimNoticeProperty(CredentialField field) {
        return trimNotices.get(field);
    }

    ReadOnlyStringProperty shapeWarningProperty(CredentialField field) {
        return shapeWarnings.get(field);
    }

    ReadOnlyStringProperty problemProperty(CredentialField field) {
        return problems.get(field);
    }
}
