package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A new master password as it is typed twice: its strength by the one rule ({@link PasswordStrength}) and
 * whether both entries match. Only the rating is kept, never the password.
 */
public final class NewPasswordRating {

    private final ReadOnlyIntegerWrapper score = new ReadOnlyIntegerWrapper(this, "score", 0);
    private final ReadOnlyStringWrapper rating = new ReadOnlyStringWrapper(this, "rating", "");
    private final ReadOnlyStringWrapper advice = new ReadOnlyStringWrapper(this, "advice", PasswordStrength.RULE);
    private final ReadOnlyBooleanWrapper strongEnough = new ReadOnlyBooleanWrapper(this, "strongEnough", false);
    private final ReadOnlyBooleanWrapper matching = new ReadOnlyBooleanWrapper(this, "matching", false);

    /** Rates {@code password} and compares it with {@code repeated}; the caller keeps and wipes both. */
    public void entriesChanged(Secret password, Secret repeated) {
        PasswordStrength strength = PasswordStrength.of(password);
        score.set(password.isEmpty() ? 0 : strength.score());
        rating.set(password.isEmpty() ? "" : strength.rating());
        advice.set(password.isEmpty() ? PasswordStrength.RULE : strength.advice());
        strongEnough.set(strength.acceptable());
        matching.set(!password.isEmpty() && password.contentEquals(repeated));
    }

    /** True when the new password rates Good and both entries are the same. */
    public BooleanExpression ready() {
        return strongEnough.getReadOnlyProperty().and(matching.getReadOnlyProperty());
    }

    public ReadOnlyIntegerProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ratingProperty() {
        return rating.getReadOnlyProperty();
    }

    /** The next step to a Good password (the rule while nothing is typed). */
    public ReadOnlyStringProperty adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty strongEnoughProperty() {
        return strongEnough.getReadOnlyProperty();
    }
}
