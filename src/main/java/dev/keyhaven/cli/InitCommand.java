package dev.keyhaven.cli;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultFile;
import dev.keyhaven.vault.VaultException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Creates a new, empty vault protected by a master password.",
            "The password comes from KEYHAVEN_PASSWORD or the file KEYHAVEN_PASSWORD_FILE names, or is typed twice",
            "at a hidden prompt.",
            "An existing vault is never overwritten."})
final class InitCommand extends KeyhavenCommand {

    @Mixin
    SecretArgumentsRefused secretArguments;

    InitCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        VaultAccess access = vaultAccess();
        Path file = access.file();
        if (Files.isDirectory(file)) {
            throw CliFailure.badInput(file + " is a folder, not a vault file. Name the new vault file itself, for "
                    + "example --vault " + file.resolve("vault.keyhaven") + ".");
        }
        if (VaultFile.exists(file)) {
            throw CliFailure.badInput("There is already a vault at " + file + ", so nothing was changed. Use it as it "
                    + "is, or name a new file with --vault PATH.");
        }
        try (Secret password = new MasterPasswordReader(context).chooseNew(MasterPasswordReader.PASSWORD_VARIABLE)) {
            context.terminal().say("Creating the vault; this takes a moment...");
            try (Vault vault = Vault.create(file, password, context.vaultOptions())) {
                out().println("Created a vault at " + vault.path() + ".");
            }
        } catch (VaultException e) {
            throw access.failure(e);
        }
        out().println("Keep your master password safe: without it nobody, not even Keyhaven, can open the vault.");
        out().println("Next: add a key with 'keyhaven add --label NAME'.");
        return KeyhavenCli.EXIT_OK;
    }
}
