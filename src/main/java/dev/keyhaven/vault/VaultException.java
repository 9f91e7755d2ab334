package dev.keyhaven.vault;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A vault operation failed. The message is a sentence for the user (no secrets, no stack trace);
 * {@link #reason()} tells the faces what happened (the command line maps it to exit code 3).
 */
public class VaultException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No vault at the path. */
        NOT_FOUND,
        /** create() on a path that already holds a vault. */
        ALREADY_EXISTS,
        /** The master password is wrong (the file itself is intact). */
        WRONG_PASSWORD,
        /** The file is damaged or not a Keyhaven vault; see {@link #newestGoodBackup()}. */
        DAMAGED,
        /**
         * The file is intact but its rows do not match its seal: a key or history row was deleted, added,
         * swapped or rolled back outside Keyhaven. Told apart from a wrong password and from damage; see
         * {@link #newestGoodBackup()} (the newest backup whose seal verifies, to offer, never to use unasked).
         */
        TAMPERED,
        /** Another running Keyhaven has the vault open for writing. */
        IN_USE,
        /** Another Keyhaven is busy with the vault for a moment (a write, a restore, a command reading): try again. */
        BUSY,
        /** The file asks for key-derivation settings below the floor: refused as a downgrade. */
        WEAK_PARAMETERS,
        /** The file was written by a newer Keyhaven. */
        NEWER_FORMAT,
        /** A label that already exists, an unknown id, an empty required field... */
        INVALID_INPUT,
        /** The vault is locked: unlock it again. */
        LOCKED,
        /** The disk refused a read or a write. */
        IO
    }

    private final Reason reason;
    private final transient Path newestGoodBackup;

    public VaultException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public VaultException(Reason reason, String message, Throwable cause) {
        this(reason, message, null, cause);
    }

    public VaultException(Reason reason, String message, Path newestGoodBackup, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.newestGoodBackup = newestGoodBackup;
    }

    public Reason reason() {
        return reason;
    }

    /** For a damaged or tampered vault: the newest backup that was verified to open, if any. */
    public Optional<Path> newestGoodBackup() {
        return Optional.ofNullable(newestGoodBackup);
    }
}
