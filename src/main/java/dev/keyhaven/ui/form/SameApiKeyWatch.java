package dev.keyhaven.ui.form;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.SameApiKey;
import dev.keyhaven.vault.KeyRecord;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form's watch on the API key typed: whether another active or archived key holds it already, said before
 * the save in {@link SameApiKey}'s sentence (days on the clock the finder was given), with the way to that key.
 */
public final class SameApiKeyWatch {

    private final SameApiKey finder;
    /** Another key that holds the API key entered; null when none does. */
    private final ObjectProperty<KeyRecord> found = new SimpleObjectProperty<>(this, "found");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private Consumer<KeyRecord> openOther = other -> { };

    SameApiKeyWatch(SameApiKey finder) {
        this.finder = finder;
        found.addListener((observable, was, now) -> notice.set(now == null ? "" : finder.sentenceFor(now)));
    }

    /** Looks for {@code apiKey} among the other keys; the caller closes it. */
    void look(Secret apiKey) {
        finder.find(apiKey, key -> found.set(key.orElse(null)));
    }

    /** The other key that holds the API key typed, or null. */
    KeyRecord found() {
        return found.get();
    }

    /** What "open the other key" does (the page that made the form passes the way there). */
    public void setOnOpenOtherKey(Consumer<KeyRecord> open) {
        openOther = open;
    }

    /** Opens the other key that holds the same API key (leaving this form asks first, as always). */
    public void openOtherKey() {
        KeyRecord other = found.get();
        if (other != null) {
            openOther.accept(other);
        }
    }

    /** "This API key is already saved as ...", before the save; "" when it is not. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }
}
