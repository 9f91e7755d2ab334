package dev.keyhaven.cli;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * Says what was wrong with a command line without repeating anything that might be a secret: a word is
 * shown only when it is one of Keyhaven's own command or option names; anything else picocli did not
 * expect is called "an unexpected argument" (a passphrase typed in the wrong place, say).
 */
final class UsageProblems {

    private UsageProblems() {
    }

    /** @param args the whole command line, as given */
    static String describe(CommandLine.ParameterException problem, String... args) {
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (problem instanceof CommandLine.MissingParameterException missing && labelTakenFromAfterDashes(missing, args)) {
            return "'" + problem.getCommandLine().getCommandSpec().qualifiedName() + "' was given no LABEL: the key's "
                    + "label goes before --, the program and its arguments after it.";
        }
        return problem.getMessage();
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
        boolean known = knownWords(commandLine).contains(first);
        String what;
        if (!known) {
            what = "'" + command + "' was given an unexpected argument (not repeated here, in case it is a secret).";
        } else if (first.startsWith("-")) {
            what = "'" + command + "' has no option " + first + ".";
        } else if (commandLine.getSubcommands().isEmpty()) {
            what = "'" + command + "' does not take the argument '" + first + "'.";
        } else {
            what = "'" + first + "' is not a " + command + " command.";
        }
        List<String> suggestions = first.startsWith("-")
                ? problem.getSuggestions()
                : closeCommandNames(first, commandLine.getSubcommands().keySet());
        return suggestions.isEmpty() ? what : what + " Did you mean " + String.join(" or ", suggestions) + "?";
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

    /** The commands fewest typing slips away from {@code typed} (at most two; a swap of neighbours is one). */
    private static List<String> closeCommandNames(String typed, Collection<String> names) {
        int fewest = names.stream().mapToInt(name -> slips(typed, name)).min().orElse(Integer.MAX_VALUE);
        return fewest > 2 ? List.of() : names.stream().filter(name -> slips(typed, name) == fewest).sorted().toList();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int slips(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
