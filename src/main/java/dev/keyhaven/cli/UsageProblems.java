package dev.keyhaven.cli;

import dev.keyhaven.keys.TypingSlips;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Says what was wrong with a command line, in one sentence and the next step, without picocli's words and
 * without repeating anything that might be a secret: a word is shown only when it is one of Keyhaven's
 * own command or option names or a slip away from one (a mistyped command); anything else is called "a
 * word" that is not repeated (a passphrase typed in the wrong place, say).
 */
final class UsageProblems {

    private static final String NOT_REPEATED = "(not repeated here, in case it is a secret)";
    private static final Pattern INVALID_VALUE = Pattern.compile("^Invalid value for (?:option|positional parameter) "
            + "'([^']+)'(?: at index \\d+ \\([^)]*\\))?: ", Pattern.DOTALL);

    private UsageProblems() {
    }

    /** What went wrong, in one sentence; {@code args} is the whole command line, as given. */
    static String sentence(CommandLine.ParameterException problem, String... args) {
        CommandLine commandLine = problem.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName();
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        String message = problem.getMessage() == null ? "" : problem.getMessage();
        if (message.startsWith("Unknown subcommand '")) {
            return unknownCommand(message.substring("Unknown subcommand '".length()).replaceAll("'\\.?$", ""),
                    commandLine);
        }
        if (message.startsWith("Error: Missing required argument")) {
            String group = message.replaceFirst("^.*: \\(", "").replaceFirst("\\)$", "");
            return "'" + command + "' needs " + alternatives(group.replace(" | ", ", ")) + ".";
        }
        if (problem instanceof CommandLine.MissingParameterException missing) {
            return missing(missing, command, message, args);
        }
        if (problem instanceof CommandLine.OverwrittenOptionException overwritten) {
            return overwritten.getOverwritten() instanceof CommandLine.Model.OptionSpec option
                    ? option.longestName() + " was given more than once; give it once."
                    : "'" + command + "' was given a value more than once; give it once.";
        }
        if (problem instanceof CommandLine.MutuallyExclusiveArgsException) {
            return "'" + command + "' takes either " + alternatives(message.replaceFirst("^Error: ", "")
                    .replaceFirst(" are mutually exclusive.*$", "")) + ", not both.";
        }
        Matcher invalid = INVALID_VALUE.matcher(message);
        if (invalid.find()) {
            String reason = message.substring(invalid.end());
            return reason.isEmpty() ? "The value of " + invalid.group(1) + " is not valid." : invalid.group(1) + ": "
                    + reason;
        }
        return message;
    }

    /** Where to look next: the help of the command that was being read. */
    static String nextStep(CommandLine.ParameterException problem) {
        CommandLine commandLine = problem.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName();
        boolean aboutCommands = problem instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")
                && !commandLine.getSubcommands().isEmpty()
                || String.valueOf(problem.getMessage()).startsWith("Unknown subcommand");
        if (aboutCommands) {
            return "Run '" + command.replaceFirst(" help$", "") + " --help' to see the commands.";
        }
        return "Run '" + command + " --help' to see what it takes.";
    }

    private static String missing(CommandLine.MissingParameterException missing, String command, String message,
            String[] args) {
        if (labelTakenFromAfterDashes(missing, args)) {
            return "'" + command + "' was given no LABEL: the key's label goes before --, the program and its "
                    + "arguments after it.";
        }
        List<CommandLine.Model.ArgSpec> arguments = missing.getMissing();
        if (message.startsWith("Missing required parameter for option") && !arguments.isEmpty()
                && arguments.get(0) instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName() + " needs a value after it: " + option.longestName() + " "
                    + option.paramLabel() + ".";
        }
        if (arguments.isEmpty()) {
            return message;
        }
        if (arguments.stream().anyMatch(argument -> argument.isPositional()
                && "COMMAND".equals(((CommandLine.Model.PositionalParamSpec) argument).paramLabel()))
                || command.equals("keyhaven run")) {
            return "'" + command + "' needs the key's LABEL, then --, then the program to start: " + command
                    + " LABEL -- COMMAND.";
        }
        List<String> names = arguments.stream().map(argument -> argument instanceof CommandLine.Model.OptionSpec option
                ? option.longestName() + (option.arity().max() == 0 ? "" : " " + option.paramLabel())
                : ((CommandLine.Model.PositionalParamSpec) argument).paramLabel()).toList();
        return "'" + command + "' needs " + String.join(" and ", names) + ".";
    }

    /** "LABEL, --all" becomes "LABEL or --all". */
    private static String alternatives(String commaSeparated) {
        List<String> parts = Arrays.stream(commaSeparated.split(",\\s*")).map(String::strip).toList();
        if (parts.size() < 2) {
            return commaSeparated;
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    /**
     * {@code run -- env}: everything after {@code --} is positional, so the program became the LABEL and
     * COMMAND is reported missing. When COMMAND is missing although something follows {@code --}, that is
     * what happened (had the label come first, all of it would be the COMMAND).
     */
    private static boolean labelTakenFromAfterDashes(CommandLine.MissingParameterException missing, String[] args) {
        boolean commandMissing = missing.getMissing().stream().anyMatch(argument -> argument.isPositional()
                && "COMMAND".equals(((CommandLine.Model.PositionalParamSpec) argument).paramLabel()));
        int dashes = Arrays.asList(args).indexOf("--");
        return commandMissing && dashes >= 0 && dashes < args.length - 1;
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException problem) {
        List<String> tokens = problem.getUnmatched();
        String first = tokens.isEmpty() ? "" : tokens.get(0).split("=", 2)[0];
        CommandLine commandLine = problem.getCommandLine();
        String command = commandLine.getCommandSpec().qualifiedName();
        Set<String> known = knownWords(commandLine);
        boolean shown = known.contains(first) || isSlipOf(first, known);
        if (first.startsWith("-")) {
            List<String> suggestions = closeNames(first, optionNames(commandLine));
            String what = shown ? "'" + command + "' has no option " + first + "."
                    : "'" + command + "' has no such option " + NOT_REPEATED + ".";
            return suggestions.isEmpty() ? what : what + " Did you mean " + quotedChoices(suggestions) + "?";
        }
        if (!commandLine.getSubcommands().isEmpty()) {
            return unknownCommand(first, commandLine);
        }
        String what = shown ? "'" + command + "' does not take the argument '" + first + "'."
                : "'" + command + "' was given a word it does not take " + NOT_REPEATED + ".";
        return takesLabel(commandLine) ? what + " " + LabelHints.QUOTES : what;
    }

    /** Extra words after a LABEL are most likely the rest of a label with spaces. */
    private static boolean takesLabel(CommandLine commandLine) {
        return commandLine.getCommandSpec().positionalParameters().stream()
                .anyMatch(parameter -> "LABEL".equals(parameter.paramLabel()));
    }

    /** {@code typed} where a command of {@code commandLine} was expected. */
    private static String unknownCommand(String typed, CommandLine commandLine) {
        CommandLine parent = commandLine.getCommandSpec().name().equals("help") && commandLine.getParent() != null
                ? commandLine.getParent() : commandLine;
        String command = parent.getCommandSpec().qualifiedName();
        Set<String> known = knownWords(parent);
        List<String> suggestions = closeNames(typed, parent.getSubcommands().keySet());
        if (!known.contains(typed) && !isSlipOf(typed, known)) {
            return "That is not a " + command + " command " + NOT_REPEATED + ".";
        }
        String what = "'" + typed + "' is not a " + command + " command.";
        return suggestions.isEmpty() ? what : what + " Did you mean " + quotedChoices(suggestions) + "?";
    }

    private static String quotedChoices(List<String> names) {
        return names.stream().map(name -> "'" + name + "'").collect(Collectors.joining(" or "));
    }

    private static Set<String> optionNames(CommandLine commandLine) {
        Set<String> names = new HashSet<>();
        commandLine.getCommandSpec().options().stream().filter(option -> !option.hidden())
                .forEach(option -> names.addAll(Arrays.asList(option.names())));
        return names;
    }

    /** A mistyped name: at most two slips from one of Keyhaven's own, so not something private. */
    private static boolean isSlipOf(String typed, Set<String> known) {
        return known.stream().anyMatch(name -> TypingSlips.between(typed, name) <= 2 && typed.length() > 2);
    }

    /** Every command and option name of the whole command line, from its root down. */
    private static Set<String> knownWords(CommandLine any) {
        CommandLine root = any;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Set<String> words = new HashSet<>();
        collect(root, words);
        return words;
    }

    private static void collect(CommandLine commandLine, Set<String> words) {
        CommandLine.Model.CommandSpec spec = commandLine.getCommandSpec();
        words.add(spec.name());
        words.addAll(Arrays.asList(spec.aliases()));
        spec.options().forEach(option -> words.addAll(Arrays.asList(option.names())));
        commandLine.getSubcommands().values().forEach(sub -> collect(sub, words));
    }

    /** The names fewest typing slips away from {@code typed} (at most two; a swap of neighbours is one). */
    private static List<String> closeNames(String typed, Collection<String> names) {
        int fewest = names.stream().mapToInt(name -> TypingSlips.between(typed, name)).min().orElse(Integer.MAX_VALUE);
        return fewest > 2 ? List.of()
                : names.stream().filter(name -> TypingSlips.between(typed, name) == fewest).sorted().toList();
    }
}
