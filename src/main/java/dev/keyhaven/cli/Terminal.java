package dev.keyhaven.cli;

/**
 * The person at the keyboard, when there is one. Prompts and answers go to the terminal itself, never
 * to standard output, so that {@code --json} output stays clean when piped.
 */
public interface Terminal {

    /** No terminal: a script, a service, a pipe. */
    Terminal NONE = new Terminal() {
        @Override
        public boolean isPresent() {
            return false;
        }

        @Override
        public char[] readHidden(String prompt) {
            return null;
        }

        @Override
        public String readLine(String prompt) {
            return null;
        }
    };

    boolean isPresent();

    /** Asks without echoing what is typed; null when the input ended. The caller wipes the array. */
    char[] readHidden(String prompt);

    /** Asks with echo; null when the input ended. */
    String readLine(String prompt);

    /** Shows a line on the terminal (not on standard output). */
    default void say(String line) {
    }

    /** True when the person answers yes; anything else, including no answer, is no. */
    default boolean confirm(String question) {
        String answer = readLine(question + " [y/N] ");
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }
}
