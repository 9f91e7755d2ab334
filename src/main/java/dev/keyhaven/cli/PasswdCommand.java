package dev.keyhaven.cli;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = {"Changes the master password. A verified backup is made first.",
            "The current password comes from KEYHAVEN_PASSWORD or a prompt; the new one from",
            "KEYHAVEN_NEW_PASSWORD or is typed twice."})
final class PasswdCommand extends KeyhavenCommand {

    @Mixin
    SecretArgumentsRefused secretArguments;

    PasswdCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        VaultAccess access = vaultAccess();
        access.requireExisting();
        MasterPasswordReader passwords = new MasterPasswordReader(context);
        try (Secret current = passwords.current(access.file()); Vault vault = access.openToChange(current)) {
            try (Secret chosen = passwords.chooseNew(MasterPasswordReader.NEW_PASSWORD_VARIABLE)) {
                if (chosen.contentEquals(current)) {
                    throw CliFailure.badInput("The new master password is the same as the current one, so nothing "
                            + "was changed.");
                }
                context.terminal().say("Changing the password; this takes a moment...");
                vault.changePassword(current, chosen);
            }
        } catch (VaultException e) {
            throw access.failure(e);
        }
        out().println("The master password was changed. A backup with the old password was kept; "
                + "see 'keyhaven backup list'.");
        if (context.variable(MasterPasswordReader.PASSWORD_VARIABLE) != null) {
            out().println("Update KEYHAVEN_PASSWORD wherever your scripts set it.");
        }
        return KeyhavenCli.EXIT_OK;
    }
}
