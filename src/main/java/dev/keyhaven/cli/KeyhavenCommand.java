package dev.keyhaven.cli;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.Vault;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** What every command shares: the context, the output streams and the vault the user named. */
abstract class KeyhavenCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final CliContext context;

    KeyhavenCommand(CliContext context) {
        this.context = context;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    void warn(String sentence) {
        err().println("Warning: " + sentence);
        err().flush();
    }

    VaultAccess vaultAccess() {
        KeyhavenCli root = spec.root().commandLine().getCommand();
        return new VaultAccess(context, root.vault());
    }

    /** The vault to read, beside the unlocked app if need be; see {@link VaultAccess#open()}. */
    Vault openVault() {
        return warnedIfOlder(vaultAccess().open());
    }

    /**
     * The vault to hand a key from to a program ({@code run}), with the master password from {@code password}.
     * A vault file put in place of the one Keyhaven saw last is refused, not only warned about: a bot's log
     * is read by nobody, and an older copy may hold a key since revoked or replaced.
     */
    Vault openVaultToHandOut(MasterPasswordSource password) {
        VaultAccess access = vaultAccess();
        if (password.fromStandardInput()) {
            access.passwordFromStandardInput();
        }
        access.requireExisting();
        Vault vault;
        try (Secret typed = password.read(access.file())) {
            vault = access.open(typed);
        }
        vault.memoryUnreadableWarning().ifPresent(this::warn);
        Optional<String> replaced = vault.otherVaultWarning().or(vault::olderCopyWarning);
        if (replaced.isPresent()) {
            vault.close();
            throw new CliFailure(KeyhavenCli.EXIT_VAULT, replaced.get() + " Until then Keyhaven hands no key from it to a program.");
        }
        return vault;
    }

    /** The vault to change: fails, with the next step, while the app or another command holds it. */
    Vault openVaultToChange() {
        return warnedIfOlder(vaultAccess().openToChange());
    }

    /**
     * Says so when the file is older than the one Keyhaven saw last (an older copy put in its place), or
     * is not the vault last opened at its path (another one put in its place), or when the memory of its newest
     * change could not be read (said by the one opening that found it).
     */
    Vault warnedIfOlder(Vault vault) {
        vault.otherVaultWarning().ifPresent(this::warn);
        vault.olderCopyWarning().ifPresent(this::warn);
        vault.memoryUnreadableWarning().ifPresent(this::warn);
        return vault;
    }

    /** Asks the person at the terminal, or requires {@code --yes} when there is none. */
    boolean confirmed(boolean yes, String question) {
        if (yes) {
            return true;
        }
        if (!context.terminal().isPresent()) {
            throw CliFailure.badInput("There is no terminal to confirm on. Add --yes to confirm in a script.");
        }
        return context.terminal().confirm(question);
    }
}
