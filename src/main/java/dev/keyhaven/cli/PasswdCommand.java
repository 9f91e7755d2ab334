package dev.keyhaven.cli;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.PasswordChange;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = {"Changes the master password.",
            "A verified backup is made first; then everything in the vault is encrypted again under a new key,",
            "so no copy from before the change opens what is added after it.",
            "Backups made before the change still open with the old password: choose with --old-backups whether",
            "to re-encrypt them under the new password, delete them, or keep them (asked when there is a terminal).",
            "The current password comes from KEYHAVEN_PASSWORD, KEYHAVEN_PASSWORD_FILE or a prompt; the new one from",
            "KEYHAVEN_NEW_PASSWORD or is typed twice."})
final class PasswdCommand extends KeyhavenCommand {

    enum OldBackups { REENCRYPT, DELETE, KEEP }

    @Mixin
    SecretArgumentsRefused secretArguments;

    @Option(names = "--old-backups", paramLabel = "reencrypt|delete|keep",
            converter = OldBackupsConverter.class,
            description = "What to do with the backups that still open with the old password.")
    OldBackups oldBackups;

    PasswdCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        VaultAccess access = vaultAccess();
        access.requireExisting();
        MasterPasswordReader passwords = new MasterPasswordReader(context);
        try (Secret current = passwords.current(access.file()); Vault vault = warnedIfOlder(access.openToChange(current))) {
            PasswordChange change;
            try (Secret chosen = passwords.chooseNew(MasterPasswordReader.NEW_PASSWORD_VARIABLE)) {
                if (chosen.contentEquals(current)) {
                    throw CliFailure.badInput("The new master password is the same as the current one, so nothing "
                            + "was changed.");
                }
                context.terminal().say("Changing the password; this takes a moment...");
                change = vault.changePassword(current, chosen);
            }
            out().println(change.notice());
            handleOldBackups(vault, change.backupsWithOldPassword(), current);
        } catch (VaultException e) {
            throw access.failure(e);
        }
        if (context.variable(MasterPasswordReader.PASSWORD_VARIABLE) != null) {
            out().println("Update KEYHAVEN_PASSWORD wherever your scripts set it.");
        }
        return KeyhavenCli.EXIT_OK;
    }

    private void handleOldBackups(Vault vault, List<Backup> older, Secret oldPassword) throws VaultException {
        if (older.isEmpty()) {
            return;
        }
        OldBackups choice = oldBackups != null ? oldBackups : askOrKeep();
        switch (choice) {
            case REENCRYPT -> {
                List<Backup> left = vault.backups().reencryptWithOldPassword(oldPassword);
                out().println("Re-encrypted " + (older.size() - left.size()) + " of " + older.size()
                        + " old backups: only the new password opens them now.");
                if (!left.isEmpty()) {
                    out().println(left.size() + " could not be re-encrypted (another password, a format this Keyhaven cannot re-encrypt, or"
                            + " damage): " + ids(left) + ". Delete them with --old-backups delete if you do not need them.");
                }
            }
            case DELETE -> out().println("Deleted " + vault.backups().deleteWithOldPassword()
                    + " old backups. The backup list starts again with the next backup.");
            case KEEP -> out().println("Kept " + ids(older) + ": they open with the old password only.");
        }
    }

    private OldBackups askOrKeep() {
        if (!context.terminal().isPresent()) {
            return OldBackups.KEEP;
        }
        String answer = context.terminal().readLine("Re-encrypt them under the new password (r), delete them (d), "
                + "or keep them (k)? [r/d/K] ");
        String word = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        return word.startsWith("r") ? OldBackups.REENCRYPT : word.startsWith("d") ? OldBackups.DELETE : OldBackups.KEEP;
    }

    private static String ids(List<Backup> backups) {
        return String.join(", ", backups.stream().map(Backup::id).toList());
    }

    static final class OldBackupsConverter implements picocli.CommandLine.ITypeConverter<OldBackups> {
        @Override
        public OldBackups convert(String value) {
            try {
                return OldBackups.valueOf(value.strip().toUpperCase(Locale.ROOT).replace("-", ""));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not a choice for --old-backups: use reencrypt, delete or keep.");
            }
        }
    }
}
