package dev.keyhaven.cli;

import dev.keyhaven.keys.InputLint;
import dev.keyhaven.keys.Problem;
import dev.keyhaven.secret.Credentials;
import java.util.List;

/** The input lint's findings on three values about to be saved, as warning sentences. */
final class InputWarnings {

    private InputWarnings() {
    }

    static List<String> of(Credentials credentials) {
        return InputLint.lint(credentials).stream().map(InputWarnings::sentence).toList();
    }

    private static String sentence(Problem problem) {
        return problem.message() + " " + problem.fix();
    }
}
