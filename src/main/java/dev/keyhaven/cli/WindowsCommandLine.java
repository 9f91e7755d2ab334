package dev.keyhaven.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How {@code run} names the program to Windows. Windows starts only .exe and .com files by itself and
 * looks only for {@code name.exe} on the PATH, so a bot given as {@code mybot} (mybot.cmd) or
 * {@code start.bat} would not start, and Java would hand a .cmd's arguments to cmd.exe unescaped, where
 * {@code &}, {@code |} or {@code %} in them could run other commands. So the program is looked up as a
 * shell would (the current folder, then PATH, with PATHEXT), and a .cmd or .bat file is started through
 * {@code cmd.exe /c} with every argument quoted the way cmd.exe reads it back (as Rust's standard library
 * does since its 2024 fix for this problem). Elsewhere the command is left as it is.
 */
final class WindowsCommandLine {

    private static final List<String> RUNNABLE = List.of(".com", ".exe", ".bat", ".cmd");

    private final boolean windows;
    private final Map<String, String> environment;
    private final Path workingDirectory;

    WindowsCommandLine(String osName, Map<String, String> environment, Path workingDirectory) {
        this.windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        this.environment = environment;
        this.workingDirectory = workingDirectory;
    }

    /** For this process's system, looking the program up in the environment the program will get. */
    static List<String> forThisSystem(List<String> command, Map<String, String> environment) {
        return new WindowsCommandLine(System.getProperty("os.name", ""), environment, Path.of("").toAbsolutePath())
                .command(command);
    }

    List<String> command(List<String> command) {
        if (!windows) {
            return command;
        }
        Path program = find(command.get(0));
        if (program == null) {
            return command;
        }
        List<String> arguments = command.subList(1, command.size());
        if (!isBatchFile(program)) {
            List<String> direct = new ArrayList<>(List.of(program.toString()));
            direct.addAll(arguments);
            return direct;
        }
        return List.of(cmdExe(), "/e:ON", "/v:OFF", "/d", "/c", batchCommandLine(program, arguments));
    }

    /** The program file a shell would start for {@code name}, or null to leave the search to Windows. */
    Path find(String name) {
        try {
            Path given = Path.of(name);
            if (given.getParent() != null || given.isAbsolute()) {
                return withExtension(workingDirectory.resolve(given));
            }
            Path here = withExtension(workingDirectory.resolve(given));
            if (here != null) {
                return here;
            }
            for (String folder : variable("PATH", "").split(";")) {
                String trimmed = folder.strip().replace("\"", "");
                if (!trimmed.isEmpty()) {
                    Path found = withExtension(Path.of(trimmed).resolve(given));
                    if (found != null) {
                        return found;
                    }
                }
            }
        } catch (InvalidPathException notAPath) {
            // leave it to Windows, which reports what it cannot start
        }
        return null;
    }

    private Path withExtension(Path candidate) {
        String fileName = candidate.getFileName().toString().toLowerCase(Locale.ROOT);
        if (RUNNABLE.stream().anyMatch(fileName::endsWith)) {
            return Files.isRegularFile(candidate) ? candidate.toAbsolutePath() : null;
        }
        if (fileName.contains(".") && Files.isRegularFile(candidate)) {
            return null;
        }
        for (String extension : variable("PATHEXT", ".COM;.EXE;.BAT;.CMD").split(";")) {
            String lower = extension.strip().toLowerCase(Locale.ROOT);
            Path withIt = candidate.resolveSibling(candidate.getFileName() + lower);
            if (RUNNABLE.contains(lower) && Files.isRegularFile(withIt)) {
                return withIt.toAbsolutePath();
            }
        }
        return null;
    }

    private static boolean isBatchFile(Path program) {
        String name = program.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".cmd") || name.endsWith(".bat");
    }

    private String cmdExe() {
        String comSpec = variable("ComSpec", null);
        if (comSpec != null && !comSpec.isBlank()) {
            return comSpec;
        }
        String windowsFolder = variable("SystemRoot", "C:\\Windows");
        return windowsFolder + "\\System32\\cmd.exe";
    }

    /**
     * {@code "script" "arg" ...} inside one more pair of quotes, which cmd.exe /c removes. Inside quotes
     * cmd.exe treats {@code & | < > ^ ( )} as text; a quote is doubled, which keeps the rest quoted for
     * cmd.exe; {@code %} becomes {@code %%cd:~,%}, which cmd.exe expands to a single % instead of a variable.
     */
    static String batchCommandLine(Path script, List<String> arguments) {
        StringBuilder line = new StringBuilder("\"\"").append(script).append('"');
        for (String argument : arguments) {
            if (argument.indexOf('\n') >= 0 || argument.indexOf('\r') >= 0 || argument.indexOf('\0') >= 0) {
                throw CliFailure.badInput("An argument for " + script.getFileName() + " holds a line break, which "
                        + "cmd.exe cannot pass to a .cmd or .bat file. Pass it in a file instead.");
            }
            line.append(" \"");
            int backslashes = 0;
            for (char c : argument.toCharArray()) {
                if (c == '\\') {
                    backslashes++;
                } else {
                    if (c == '"') {
                        line.append("\\".repeat(backslashes)).append('"');
                    } else if (c == '%') {
                        line.append("%%cd:~,");
                    }
                    backslashes = 0;
                }
                line.append(c);
            }
            line.append("\\".repeat(backslashes)).append('"');
        }
        return line.append('"').toString();
    }

    /** Windows' variable names ignore case (Path, PATH); a copied environment map may not. */
    private String variable(String name, String otherwise) {
        String exact = environment.get(name);
        if (exact != null) {
            return exact;
        }
        return environment.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(otherwise);
    }
}
