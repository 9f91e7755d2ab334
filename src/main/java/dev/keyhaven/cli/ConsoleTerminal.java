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
        return console == null || !canHideTyping(console) ? Terminal.NONE : new ConsoleTerminal(console);
    }

    /**
     * Up to Java 21 there is a console only on a real terminal. From Java 22 on, {@code System.console()}
     * also answers for pipes and windows such as mintty, and only {@code isTerminal()} tells a terminal
     * that can hide typing from one that would show a password.
     */
    static boolean canHideTyping(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException beforeJava22) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            return false;
        }
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
