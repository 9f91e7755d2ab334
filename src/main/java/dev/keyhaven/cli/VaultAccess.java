package dev.keyhaven.cli;

import dev.keyhaven.keys.ArchivedUnderLabel;
import dev.keyhaven.keys.KeyLookup;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultFile;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Finds the vault file, unlocks it, and turns every way that can fail into a sentence and an exit code. */
final class VaultAccess {

    private final CliContext context;
    private final Path file;
    private PasswordOrigin origin;

    VaultAccess(CliContext context, Path explicitFile) {
        this.context = context;
        this.file = resolve(context, explicitFile);
    }

    /** {@code --vault} when given, else {@code KEYHAVEN_VAULT}, else the operating system's default. */
    private static Path resolve(CliContext context, Path explicitFile) {
        if (explicitFile != null) {
            return explicitFile.toAbsolutePath().normalize();
        }
        String fromVariable = context.variable(VaultLocation.VAULT_VARIABLE);
        if (fromVariable != null && !fromVariable.isBlank()) {
            return Path.of(fromVariable.strip()).toAbsolutePath().normalize();
        }
        return context.defaultVault();
    }

    Path file() {
        return file;
    }

    /**
     * Unlocks the vault to read it and add to keys' histories (list, show, run, check), shared: beside
     * the unlocked desktop app if need be, so that a bot can be started while the app is open, and
     * without keeping the app from unlocking while a long check runs. Asks for the master password only
     * when there is a vault to unlock.
     */
    Vault open() {
        requireExisting();
        try (Secret password = new MasterPasswordReader(context).current(file)) {
            return open(password);
        }
    }

    /** As {@link #open()}, with a password the caller got (and closes). */
    Vault open(Secret password) {
        requireExisting();
        try {
            return Vault.openShared(file, password, context.vaultOptions());
        } catch (VaultException e) {
            throw failure(e);
        }
    }

    /** Unlocks the vault to change its keys, which only one Keyhaven at a time may do. */
    Vault openToChange() {
        requireExisting();
        try (Secret password = new MasterPasswordReader(context).current(file)) {
            return openToChange(password);
        }
    }

    Vault openToChange(Secret password) {
        requireExisting();
        try {
            return Vault.open(file, password, context.vaultOptions());
        } catch (VaultException e) {
            throw failure(e);
        }
    }

    void requireExisting() {
        if (!VaultFile.exists(file)) {
            throw new CliFailure(KeyhavenCli.EXIT_VAULT, "There is no vault at " + file + ". Run 'keyhaven init' "
                    + "to create one, or name yours with --vault PATH or KEYHAVEN_VAULT.");
        }
    }

    /**
     * The active key called {@code label}, or a failure that says what there is: the archived key of that
     * name (since when, told in {@code zone}; replaced by which), the labels it was probably meant to be, or
     * the vault's labels.
     */
    static KeyRecord key(Vault vault, String label, ZoneId zone) {
        try {
            KeyLookup lookup = KeyLookup.of(label, vault.keys(), vault.archivedKeys());
            if (lookup.found().isPresent()) {
                return lookup.found().get();
            }
            Optional<String> several = ArchivedUnderLabel.sentence(vault, label, zone);
            throw CliFailure.badInput(several.isPresent() ? several.get() : notFound(label, lookup, vault.keys(), zone));
        } catch (VaultException e) {
            throw VaultAccess.failure(e, vault.path());
        }
    }

    private static String notFound(String label, KeyLookup lookup, List<KeyRecord> active, ZoneId zone) {
        if (lookup.archived().isPresent()) {
            KeyRecord old = lookup.archived().get();
            String since = " since " + KeyStatus.moment(old.archivedAt(), zone);
            return lookup.replacement()
                    .map(now -> "\"" + old.label() + "\" is archived (" + since.strip() + "): a rotation replaced it by \""
                            + now.label() + "\". Use that key instead, with \"" + now.label() + "\" in place of \""
                            + label.strip() + "\".")
                    .orElse("\"" + old.label() + "\" is archived (" + since.strip() + ") and no active key replaced it."
                            + " To use it again, restore it in the Keyhaven app (Archived keys under the key list);"
                            + " to start afresh, add a new key with 'keyhaven add --label NAME'.");
        }
        String start = "There is no key labelled \"" + label + "\". ";
        if (!lookup.nearMisses().isEmpty()) {
            return start + LabelHints.didYouMean(lookup, label);
        }
        List<String> labels = active.stream().map(KeyRecord::label).toList();
        return start + (labels.isEmpty() ? "The vault holds no keys yet: add one with 'keyhaven add --label NAME'."
                : "Keys in this vault: " + String.join(", ", labels) + ".");
    }

    /** The backups beside the vault; needs no password, and so no check by the vault that the path is a file. */
    List<Backup> backups() {
        if (Files.isDirectory(file)) {
            throw new CliFailure(KeyhavenCli.EXIT_VAULT, file + " is a folder, not a vault file. Name the vault file "
                    + "itself with --vault PATH, or leave the path out to use the usual one.");
        }
        try {
            return VaultFile.backups(file);
        } catch (VaultException e) {
            throw failure(e);
        }
    }

    CliFailure failure(VaultException problem) {
        if (problem.reason() == VaultException.Reason.WRONG_PASSWORD) {
            PasswordOrigin from = origin != null ? origin : PasswordOrigin.of(context);
            return new CliFailure(KeyhavenCli.EXIT_VAULT, from.wrongPassword(), problem);
        }
        return failure(problem, file);
    }

    /** The master password given to {@link #open(Secret)} came from standard input (--password-stdin). */
    VaultAccess passwordFromStandardInput() {
        origin = PasswordOrigin.STANDARD_INPUT;
        return this;
    }

    /** Exit 3 for a vault that cannot be opened or used, with the vault's own sentence and the next step. */
    static CliFailure failure(VaultException problem, Path file) {
        return switch (problem.reason()) {
            case INVALID_INPUT, ALREADY_EXISTS -> new CliFailure(KeyhavenCli.EXIT_USAGE, problem.getMessage(), problem);
            case NOT_FOUND -> new CliFailure(KeyhavenCli.EXIT_VAULT, problem.getMessage()
                    + " Run 'keyhaven init' to create a vault, or name yours with --vault PATH.", problem);
            case DAMAGED, TAMPERED -> new CliFailure(KeyhavenCli.EXIT_VAULT, damaged(problem, file), problem);
            // The vault's own sentence says "close it there"; from a terminal the likely holder is the app.
            case IN_USE -> new CliFailure(KeyhavenCli.EXIT_VAULT, "The vault " + file + " is open in another Keyhaven"
                    + " (the desktop app while it is unlocked, or a command still running), and only one Keyhaven at a"
                    + " time may change it. Lock the app (Ctrl+L) or let the command finish, then try again.", problem);
            default -> new CliFailure(KeyhavenCli.EXIT_VAULT, problem.getMessage(), problem);
        };
    }

    private static String damaged(VaultException problem, Path file) {
        Optional<Path> good = problem.newestGoodBackup();
        if (good.isEmpty()) {
            return problem.getMessage();
        }
        String id = backupId(file, good.get()).orElse(null);
        return problem.getMessage() + (id == null
                ? " A whole backup is at " + good.get() + "."
                : " On the command line: 'keyhaven backup restore " + id + "'.");
    }

    private static Optional<String> backupId(Path file, Path backupFile) {
        try {
            return VaultFile.backups(file).stream()
                    .filter(backup -> backup.file().toAbsolutePath().equals(backupFile.toAbsolutePath()))
                    .map(Backup::id)
                    .findFirst();
        } catch (VaultException e) {
            return Optional.empty();
        }
    }
}
