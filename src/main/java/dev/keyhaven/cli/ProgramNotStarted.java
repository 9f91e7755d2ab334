package dev.keyhaven.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Why the program that {@code run} was to start did not start, in words that name it as it was typed and
 * say where Keyhaven looked for it (that path, or the folders of PATH), with the next step.
 */
final class ProgramNotStarted {

    private ProgramNotStarted() {
    }

    static String sentence(String given, IOException problem, Map<String, String> environment) {
        String message = String.valueOf(problem.getMessage());
        boolean aPath = given.contains("/") || given.contains("\\");
        Path where = aPath ? Path.of(given).toAbsolutePath().normalize() : null;
        String start = "Could not start \"" + given + "\": ";
        if (message.contains("error=2,")) {
            if (!aPath) {
                String path = environment.getOrDefault("PATH", "");
                return start + "there is no program of that name in the folders of PATH"
                        + (path.isBlank() ? " (PATH is empty here)" : " (" + path + ")")
                        + ". Check the spelling and that it is installed, or give its full path (e.g. /usr/bin/python3).";
            }
            if (Files.isRegularFile(where)) {
                return start + "the file " + where + " is there, but the program its first line names (after #!) was"
                        + " not found. Fix that line, or name the program first (python3 " + given + ").";
            }
            return start + "there is no file at " + where + " (the path as given, not looked up on PATH). Check the"
                    + " spelling and the folder you run Keyhaven from, or give the full path.";
        }
        if (message.contains("error=193,")) {
            return start + "Windows cannot start this kind of file by itself; name its program first (python "
                    + given + ").";
        }
        if (message.contains("error=13,")) {
            String place = aPath ? where.toString() : "the file found on PATH";
            return start + "permission denied: " + place + " is not executable (or is a folder). Make it executable"
                    + " (chmod +x " + given + ") or name its program first (python3 " + given + ").";
        }
        return start + "the system refused (" + problem.getClass().getSimpleName() + "). Check that \"" + given
                + "\" is a program you can run from this terminal.";
    }
}
