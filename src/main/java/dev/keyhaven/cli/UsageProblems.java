package dev.keyhaven.cli;

import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Says what was wrong with a command line without repeating anything that might be a secret: a
 * mistyped word is shown (it helps to see it), anything else that picocli did not expect is not.
 */
final class UsageProblems {

    private static final Pattern HARMLESS_WORD = Pattern.compile("-{0,2}[a-z][a-z0-9-]{0,19}");

    private UsageProblems() {
    }

    static String describe(CommandLine.ParameterException problem) {
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        return problem.getMessage();
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException problem) {
        List<String> tokens = problem.getUnmatched();
        String first = tokens.isEmpty() ? "" : tokens.get(0).split("=", 2)[0];
        String command = problem.getCommandLine().getCommandSpec().qualifiedName();
        String what;
        if (!HARMLESS_WORD.matcher(first).matches()) {
            what = "'" + command + "' was given an argument it does not know (not repeated here, in case it is a secret).";
        } else if (first.startsWith("-")) {
            what = "'" + command + "' has no option " + first + ".";
        } else if (problem.getCommandLine().getSubcommands().isEmpty()) {
            what = "'" + command + "' does not take the argument '" + first + "'.";
        } else {
            what = "'" + first + "' is not a " + command + " command.";
        }
        List<String> suggestions = problem.getSuggestions();
        return suggestions.isEmpty() ? what : what + " Did you mean " + String.join(" or ", suggestions) + "?";
    }
}
