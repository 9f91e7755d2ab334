package dev.keyhaven.cli;

import dev.keyhaven.Version;
import dev.keyhaven.vault.VaultException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The command line: one class per command, wired here. */
@Command(
        name = "keyhaven",
        mixinStandardHelpOptions = true,
        versionProvider = KeyhavenCli.VersionProvider.class,
        description = {
            "Keeps your OKX API keys in an encrypted vault, checks them, and hands them to your bots.",
            "Run without arguments to open the desktop app."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:success; 'check': the key works",
            " 1:the key is refused by OKX or needs a fix ('check', 'run'), or another key problem",
            " 2:bad usage or bad input",
            " 3:the vault could not be opened (the message says why)",
            " 4:the key can withdraw: dangerous, do not retry ('check', 'run')",
            " 5:OKX could not be asked (network, OKX down or busy, the clock): try again later",
            "70:something Keyhaven did not expect, or it was interrupted (run again with --debug; report it)"
        },
        footerHeading = "%n",
        footer = {
            "With 'check --all' the most pressing code wins: 4, then 1, then 5.",
            "'keyhaven run' exits with the program's own exit code once the program has started.",
            "",
            "The master password comes from KEYHAVEN_PASSWORD when set, else from the first line of the file",
            "KEYHAVEN_PASSWORD_FILE names (readable by you alone), else a hidden prompt. 'run' refuses both",
            "variables (the bot could read them from Keyhaven's environment): type the password at its prompt",
            "or pipe it with --password-stdin.",
            "The vault is --vault PATH, else KEYHAVEN_VAULT, else your system's app data folder."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            InitCommand.class,
            AddCommand.class,
            ListCommand.class,
            ShowCommand.class,
            RemoveCommand.class,
            CheckCommand.class,
            RunCommand.class,
            PasswdCommand.class,
            InfoCommand.class,
            BackupCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class KeyhavenCli implements Runnable {

    /** Exit codes, as documented in the README. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_PROBLEM = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_VAULT = 3;
    /** OKX reports (or last reported) that the key may withdraw: stop, do not retry. */
    public static final int EXIT_CAN_WITHDRAW = 4;
    /** OKX could not be asked (network, OKX down or busy, this computer's clock): try again later. */
    public static final int EXIT_NOT_CHECKED = 5;
    /** Something Keyhaven did not expect: a bug to report, not something the user did. */
    public static final int EXIT_INTERNAL = 70;

    static final int USAGE_HELP_WIDTH = 110;

    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--vault", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The vault file (default: KEYHAVEN_VAULT, else your system's app data folder).")
    private Path vault;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an error, also print the technical details (never secrets).")
    private boolean debug;

    /** The real process: its environment, terminal and streams. */
    public static int run(String... args) {
        // sqlite-jdbc logs through SLF4J; without a provider SLF4J warns on stderr, which is not for users.
        if (System.getProperty(SLF4J_VERBOSITY) == null) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR");
        }
        return run(CliContext.system(), new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(CliContext.system(), out, err, args);
    }

    /** Runs one command line in {@code context}; returns the exit code. */
    public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new KeyhavenCli(), new CommandFactory(context));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // The help texts are written in lines of up to about 105 characters; picocli's 80 would break them.
        commandLine.setUsageHelpWidth(USAGE_HELP_WIDTH);
        // "@file" would be replaced by the file's lines everywhere, even in a bot's arguments after "--".
        commandLine.setExpandAtFiles(false);
        commandLine.setParameterExceptionHandler(KeyhavenCli::onBadUsage);
        commandLine.setExecutionExceptionHandler(KeyhavenCli::onFailure);
        commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage()
                .hidden(false)
                .description("Prints a bash/zsh completion script: source <(keyhaven generate-completion)");
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    Path vault() {
        return vault;
    }

    boolean debug() {
        return debug;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int onBadUsage(CommandLine.ParameterException problem, String[] args) {
        CommandLine cmd = problem.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("keyhaven: " + UsageProblems.sentence(problem, args));
        if (problem instanceof CommandLine.MissingParameterException) {
            err.print(cmd.getHelp().synopsisHeading() + cmd.getHelp().synopsis(0));
        }
        err.println(UsageProblems.nextStep(problem));
        err.flush();
        return EXIT_USAGE;
    }

    private static int onFailure(Exception problem, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        KeyhavenCli root = cmd.getCommandSpec().root().commandLine().getCommand();
        if (root.debug) {
            problem.printStackTrace(err);
        }
        int exitCode;
        if (problem instanceof CliFailure failure) {
            err.println("keyhaven: " + failure.getMessage());
            exitCode = failure.exitCode();
        } else if (problem instanceof VaultException vaultProblem) {
            CliFailure failure = VaultAccess.failure(vaultProblem, root.vault);
            err.println("keyhaven: " + failure.getMessage());
            exitCode = failure.exitCode();
        } else {
            err.println("keyhaven: Something went wrong that Keyhaven did not expect ("
                    + problem.getClass().getSimpleName() + "). Run the command again with --debug to see the "
                    + "details, and please report them.");
            exitCode = EXIT_INTERNAL;
        }
        err.flush();
        return exitCode;
    }

    /** Supplies {@code --version} from the build. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Keyhaven " + Version.get()};
        }
    }
}
