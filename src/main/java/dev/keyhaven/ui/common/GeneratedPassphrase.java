package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;

/** Where a page's generated passphrase lives (the guide's passphrase step), seen from outside. */
public interface GeneratedPassphrase {

    /** True once a passphrase was generated (or put back after a lock) and until the page closes. */
    ReadOnlyBooleanProperty passphraseReadyProperty();

    /** Counts the passphrases generated or put back: it changes each time there is a new one. */
    ReadOnlyIntegerProperty passphraseGenerationProperty();

    /** A copy of the passphrase; the caller closes it. */
    Secret passphraseCopy();
}
