package dev.keyhaven;

import dev.keyhaven.cli.KeyhavenCli;
import dev.keyhaven.ui.KeyhavenApp;

/**
 * Starts Keyhaven: without arguments the desktop app, with arguments the command line.
 * This class must not touch JavaFX itself, so that the command line runs without a display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            KeyhavenApp.launchApp(args);
        } else {
            System.exit(KeyhavenCli.run(args));
        }
    }
}
