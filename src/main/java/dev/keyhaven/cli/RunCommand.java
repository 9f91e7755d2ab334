package dev.keyhaven.cli;

import dev.keyhaven.keys.CheckResult;
import dev.keyhaven.keys.KeyChecker;
import dev.keyhaven.keys.KeyService;
import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.keys.KnownPermissions;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        customSynopsis = "keyhaven run [OPTIONS] LABEL -- COMMAND [ARGUMENT...]",
        description = {"Starts your bot with the key in its environment: no .env file needed.",
            "It gets OKX_API_KEY, OKX_SECRET_KEY, OKX_PASSPHRASE, OKX_FLAG (0 live, 1 demo) and OKX_BASE_URL.",
            "The program's exit code becomes this command's exit code.",
            "The master password is typed at the prompt, or read from the first line of standard input with",
            "--password-stdin (the program then reads the rest). KEYHAVEN_PASSWORD and KEYHAVEN_PASSWORD_FILE are",
            "refused here: the program could read them from Keyhaven's environment while it runs.",
            "Options for 'run' go before COMMAND; from the program's name on, every word is the program's, options",
            "included, so the -- before it may be left out.",
            "Example: keyhaven run grid-bot -- python bot.py --symbol BTC-USDT",
            "         printf '%%s\\n' \"$PASS\" | keyhaven run --password-stdin grid-bot -- python bot.py"},
        exitCodeListHeading = "Exit codes before the program starts (after that, the program's own):%n",
        exitCodeList = {
            "1:the key was not handed out: OKX refused it, or its address is not accepted",
            "2:bad usage or bad input, KEYHAVEN_PASSWORD or KEYHAVEN_PASSWORD_FILE set",
            "3:the vault could not be opened",
            "4:the key can withdraw (without --allow-withdraw): dangerous, do not retry",
            "5:a key never checked could not be checked now (network, OKX down, the clock): try again later"})
final class RunCommand extends KeyhavenCommand {

    @Parameters(index = "0", paramLabel = "LABEL", description = "The key's label.")
    String label;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "COMMAND", parameterConsumer = TheRestIsTheBots.class,
            description = "The program and its arguments: from the program's name on, everything is the bot's.")
    List<String> command;

    @Option(names = "--allow-withdraw",
            description = "Hand out a key even though OKX last reported the withdraw permission, or no check could "
                    + "learn its permissions. Not recommended.")
    boolean allowWithdraw;

    @Option(names = "--gateway",
            description = {"Keep the key in Keyhaven: the program gets stand-in credentials (not your key) and the "
                    + "OKX_BASE_URL of a gateway on this computer that signs for it and refuses withdrawals and "
                    + "transfers. See README, Bot gateway."})
    boolean gateway;

    @Option(names = "--password-stdin",
            description = "Read the master password from the first line of standard input; the program gets the rest.")
    boolean passwordStdin;

    @Option(names = "--password-env-ok",
            description = "Accept KEYHAVEN_PASSWORD or KEYHAVEN_PASSWORD_FILE anyway. They stay in Keyhaven's environment"
                    + " while the program runs, where the program (or anything running as you) can read the master"
                    + " password, or the file's path and then the file.")
    boolean passwordEnvOk;

    RunCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        MemoryGuard memory = context.memoryGuard();
        if (!memory.denyOtherReaders() && memory.existsOnThisSystem()) {
            warn("This system did not let Keyhaven close its memory to other programs running as you; while "
                    + "the program runs they may be able to read the key from Keyhaven.");
        }
        MasterPasswordSource password = MasterPasswordSource.forStartingAProgram(context, passwordStdin, passwordEnvOk);
        if (gateway) {
            return new GatewayRun(this, password).call();
        }
        return BotLaunch.waitFor(start(password), program());
    }

    /**
     * Starts the program and records the hand-out, then locks the vault again before waiting: a bot can
     * run for weeks and must not keep the vault open (or in use) all that time.
     */
    private Process start(MasterPasswordSource password) {
        try (Vault vault = openVaultToHandOut(password)) {
            KeyRecord key = VaultAccess.key(vault, label, context.zone());
            refuseUnacceptedAddress(key);
            refuseOrWarn(vault, key, KnownPermissions.of(vault, key.id()));
            Process child;
            try (Credentials credentials = vault.credentials(key.id())) {
                child = launch(key, credentials);
            }
            recordHandout(vault, key);
            return child;
        } catch (VaultException e) {
            throw vaultAccess().failure(e);
        }
    }

    private void recordHandout(Vault vault, KeyRecord key) {
        try {
            vault.recordHistory(key.id(), new HistoryEntry(context.vaultOptions().clock().instant(),
                    HistoryEntry.Kind.HANDOUT, HistoryEntry.Outcome.INFO, "Handed to " + program() + ".", false,
                    null, List.of(), null, List.of(), null));
        } catch (VaultException e) {
            warn("The program runs, but the hand-out could not be written to the key's history: " + e.getMessage());
        }
    }

    /**
     * Refuses a key OKX last said can withdraw (unless --allow-withdraw). A key whose permissions were never
     * learned is checked first; if that check cannot learn them either, nobody can tell whether the key can
     * withdraw, so it is refused too (unless --allow-withdraw).
     */
    private void refuseOrWarn(Vault vault, KeyRecord key, KnownPermissions known) throws VaultException {
        String name = Texts.shellWord(key.label());
        if (known.unknown()) {
            refuseOrWarnAfterFirstCheck(vault, key, name);
        } else if (known.withdrawEnabled()) {
            refuseWithdraw(key, name, "OKX reported the WITHDRAW permission in the check of "
                    + Texts.time(known.knownAt().orElseThrow(), context.zone()) + (known.fromEarlierCheck()
                            ? " (later checks could not reach OKX to see whether it is gone)." : "."));
        } else if (known.newestCheckFailed()) {
            warn("The last check of \"" + key.label() + "\" failed, so the program may not be able to use it. See "
                    + "'keyhaven check " + name + "'.");
        }
    }

    private void refuseOrWarnAfterFirstCheck(Vault vault, KeyRecord key, String name) throws VaultException {
        err().println("Checking \"" + key.label() + "\" before handing it out...");
        err().flush();
        CheckResult result;
        try (OkxClient client = OkxClient.create(); KeyChecker checker = new KeyChecker(client)) {
            result = new KeyService(checker).check(vault, key.id());
        }
        if (result.permissions() == null) {
            String why = result.problems().isEmpty() ? "" : " (" + result.problems().get(0).message() + ")";
            refuseUnlessAllowed(key, VerdictExitCodes.of(KeyStatus.verdictOf(result, false), false), "Keyhaven could not learn from OKX what it may do" + why + ", so it cannot tell "
                    + "whether the key can withdraw. Run 'keyhaven check " + name + "' to see what stood in the way, "
                    + "then try again; --gateway keeps the key in Keyhaven and refuses withdrawals.",
                    "Keyhaven could not learn whether \"" + key.label() + "\" can withdraw; it is handed out anyway "
                            + "(--allow-withdraw).");
        } else if (result.permissions().withdraw()) {
            refuseWithdraw(key, name, "OKX reports the WITHDRAW permission.");
        } else if (!result.ok()) {
            warn("The check of \"" + key.label() + "\" failed, so the program may not be able to use it. See "
                    + "'keyhaven check " + name + "'.");
        }
    }

    /** A key saved by an older version may point elsewhere than OKX; its bot would send the key there. */
    private static void refuseUnacceptedAddress(KeyRecord key) {
        try {
            OkxBaseUrl.parse(key.effectiveBaseUrl());
        } catch (IllegalArgumentException refused) {
            throw new CliFailure(KeyhavenCli.EXIT_PROBLEM, "\"" + key.label() + "\" was not handed out: its address is "
                    + "not accepted. " + refused.getMessage() + " Edit the key's address in the Keyhaven app.");
        }
    }

    private void refuseWithdraw(KeyRecord key, String name, String evidence) {
        refuseUnlessAllowed(key, KeyhavenCli.EXIT_CAN_WITHDRAW, evidence + " Untick Withdraw for this key on OKX, run 'keyhaven check " + name
                + "', then try again.", Texts.WITHDRAW_WARNING);
    }

    /** Without --allow-withdraw: stops with "not handed out" and {@code why}; with it, warns and goes on. */
    private void refuseUnlessAllowed(KeyRecord key, int exitCode, String why, String warning) {
        if (!allowWithdraw) {
            throw new CliFailure(exitCode, "\"" + key.label() + "\" was not handed out: " + why);
        }
        warn(warning);
    }

    private Process launch(KeyRecord key, Credentials credentials) {
        return BotLaunch.start(context, command, key.environment().flag(), key.effectiveBaseUrl(), credentials);
    }

    private String program() {
        return BotLaunch.program(command);
    }

    /**
     * Takes the program's name and every word after it as the program's, so that picocli never reads the
     * bot's own options ({@code run bot python bot.py --flag}) as run's.
     */
    static final class TheRestIsTheBots implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            List<String> words = new ArrayList<>();
            while (!args.isEmpty()) {
                words.add(args.pop());
            }
            argSpec.setValue(words);
        }
    }
}
