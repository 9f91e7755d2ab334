package dev.keyhaven.cli;

import java.io.Console;

/** The real terminal of this process, through {@link System#console()}. */
final class ConsoleTerminal implements Terminal {

    private final Console console;

    private ConsoleTerminal(Console console) {
        this.console = console;
    }

    static Terminal ofThisProcess() {
        Console console = System.console();
        return console == null ? Terminal.NONE : new ConsoleTerminal(console);
    }

    @Override
    public boolean isPresent() {
        return true;
    }

    @Override
    public char[] readHidden(String prompt) {
        return console.readPassword("%s", prompt);
    }

    @Override
    public String readLine(String prompt) {
        return console.readLine("%s", prompt);
    }

    @Override
    public void say(String line) {
        console.printf("%s%n", line);
        console.flush();
    }
}
