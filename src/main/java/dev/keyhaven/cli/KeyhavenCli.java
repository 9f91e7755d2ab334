package dev.keyhaven.cli;

import dev.keyhaven.Version;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one class per command, wired here. */
@Command(
        name = "keyhaven",
        mixinStandardHelpOptions = true,
        versionProvider = KeyhavenCli.VersionProvider.class,
        description = {
            "Keeps your OKX API keys in an encrypted vault, checks them, and hands them to your bots.",
            "Run without arguments to open the desktop app."
        },
        subcommands = {CommandLine.HelpCommand.class})
public final class KeyhavenCli implements Runnable {

    /** Exit codes, as documented in the README. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_PROBLEM = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_VAULT = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new KeyhavenCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(KeyhavenCli::onBadUsage);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int onBadUsage(CommandLine.ParameterException problem, String[] args) {
        CommandLine cmd = problem.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("keyhaven: " + problem.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return EXIT_USAGE;
    }

    /** Supplies {@code --version} from the build. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Keyhaven " + Version.get()};
        }
    }
}
