package dev.keyhaven.gateway;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real ccxt (npm, pinned), installed once into ~/.cache/keyhaven/ccxt-VERSION with {@code npm install
 * --prefix}. Where Node or the npm registry is missing, a test that needs it is skipped with the reason, except
 * on CI (CI=true), where .ci/run installs Node and npm: there it fails.
 */
public final class Ccxt {

    public static final String VERSION = "4.5.84";

    private Ccxt() {
    }

    /** The folder to {@code require()}: …/node_modules/ccxt. */
    public static synchronized Path module() {
        Path prefix = Path.of(System.getProperty("user.home"), ".cache", "keyhaven", "ccxt-" + VERSION);
        Path module = prefix.resolve("node_modules").resolve("ccxt");
        if (installed(module)) {
            return module;
        }
        String problem = install(prefix);
        if (problem == null && installed(module)) {
            return module;
        }
        String reason = "ccxt " + VERSION + " could not be installed with npm (" + problem + "): the ccxt tests of the"
                + " gateway were skipped. Install Node.js and npm, and let npm reach its registry.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason);
        }
        Assumptions.abort(reason);
        return module;
    }

    private static boolean installed(Path module) {
        try {
            return Files.readString(module.resolve("package.json"), StandardCharsets.UTF_8)
                    .contains("\"version\": \"" + VERSION + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    private static String install(Path prefix) {
        try {
            Files.createDirectories(prefix);
            Process npm = new ProcessBuilder("npm", "install", "--prefix", prefix.toString(), "--no-audit", "--no-fund",
                    "--ignore-scripts", "--loglevel=error", "ccxt@" + VERSION)
                    .redirectErrorStream(true)
                    .redirectOutput(prefix.resolve("npm-install.log").toFile())
                    .start();
            if (!npm.waitFor(10, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                return "npm took more than 10 minutes";
            }
            return npm.exitValue() == 0 ? null : "npm exited with " + npm.exitValue() + ", see "
                    + prefix.resolve("npm-install.log");
        } catch (IOException e) {
            return "npm is not installed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
