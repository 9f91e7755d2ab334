package dev.keyhaven.ui.revoke;

import dev.keyhaven.keys.KeyLifecycle;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.Dialogs;
import dev.keyhaven.ui.common.ErrorReporter;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.VaultException;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Revoking a key that may have leaked: first delete it on OKX (only that stops it), then archive it in
 * Keyhaven so no bot is handed it again, then create a replacement.
 */
public final class RevokeViewModel {

    private final KeyRecord key;
    private final KeyLifecycle lifecycle;
    private final BackgroundWork work;
    private final Dialogs dialogs;
    private final Consumer<String> openUrl;
    private final Runnable onRevoked;
    private final Consumer<KeyRecord> onReplace;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper revoked = new ReadOnlyBooleanWrapper(this, "revoked");
    private final ReadOnlyBooleanWrapper goneOnOkx = new ReadOnlyBooleanWrapper(this, "goneOnOkx");
    private final ReadOnlyObjectWrapper<Instant> goneOnOkxAt = new ReadOnlyObjectWrapper<>(this, "goneOnOkxAt");
    private final ReadOnlyBooleanWrapper stillLive = new ReadOnlyBooleanWrapper(this, "stillLive");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param onRevoked told on the JavaFX thread once the key is archived
     * @param onReplace starts the guided creation of a key like {@code key}
     */
    public RevokeViewModel(KeyRecord key, KeyLifecycle lifecycle, BackgroundWork work, Dialogs dialogs,
            Consumer<String> openUrl, Runnable onRevoked, Consumer<KeyRecord> onReplace) {
        this.key = key;
        this.lifecycle = lifecycle;
        this.work = work;
        this.dialogs = dialogs;
        this.openUrl = openUrl;
        this.onRevoked = onRevoked;
        this.onReplace = onReplace;
    }

    public KeyRecord key() {
        return key;
    }

    /** The page where the trader deletes the key: OKX's API management of the key's region. */
    public void openOkxApiPage() {
        openUrl.accept(key.region().apiManagementUrl());
    }

    /** Asks, then archives the key in the background. */
    public void revoke() {
        if (busy.get() || revoked.get()) {
            return;
        }
        boolean sure = dialogs.confirmDestructive("Revoke \"" + key.label() + "\"?",
                "Keyhaven archives this key and never hands it to a bot again. This does not stop the key on"
                        + " OKX: delete it there too, on the API page, if you have not yet.",
                "Revoke key");
        if (!sure) {
            return;
        }
        busy.set(true);
        message.set("");
        work.run(() -> {
            lifecycle.revoke(key.id());
            return key.id();
        }, done -> {
            revoked.set(true);
            message.set("\"" + key.label() + "\" is revoked and archived. Asking OKX whether it still accepts it…");
            onRevoked.run();
            confirm();
        }, this::failed);
    }

    /** Asks OKX whether the revoked key still works: only a key OKX no longer knows is really gone. */
    public void confirm() {
        if (!revoked.get()) {
            return;
        }
        busy.set(true);
        work.run(() -> lifecycle.confirmRevoked(key.id()), confirmation -> {
            busy.set(false);
            goneOnOkxAt.set(confirmation.goneOnOkx() ? confirmation.askedAt() : null);
            goneOnOkx.set(confirmation.goneOnOkx());
            stillLive.set(confirmation.stillLive());
            message.set("\"" + key.label() + "\" is revoked and archived. " + confirmation.sentence());
        }, this::failed);
    }

    private void failed(Exception failure) {
        busy.set(false);
        if (!(failure instanceof VaultException)) {
            ErrorReporter.log(failure);
        }
        message.set(ErrorReporter.sentenceFor(failure));
    }

    /** True once OKX said, after the revocation, that the key does not exist. */
    public ReadOnlyBooleanProperty goneOnOkxProperty() {
        return goneOnOkx.getReadOnlyProperty();
    }

    /** When OKX said, asked after the revocation, that it no longer knows the key; null until it did. */
    public ReadOnlyObjectProperty<Instant> goneOnOkxAtProperty() {
        return goneOnOkxAt.getReadOnlyProperty();
    }

    /** True while OKX's last word was that it still accepts the revoked key: the page shows it as a danger. */
    public ReadOnlyBooleanProperty stillLiveProperty() {
        return stillLive.getReadOnlyProperty();
    }

    /** The guided path for a new key with the revoked key's purpose, environment and region. */
    public void createReplacement() {
        onReplace.accept(key);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty revokedProperty() {
        return revoked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
