import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prepares a Linux app image (jpackage's, before it becomes a .deb or .rpm) for class data sharing, so
 * that the installed launcher maps the classes it starts with instead of loading and verifying each:
 * <ol>
 *   <li>records which classes a real start loads ({@code lib/app/keyhaven.classlist}): the image's own
 *       launcher run once on a throw-away vault up to its unlock screen and the warm-up behind it, with
 *       a display (Xvfb's when {@code xvfb-run} exists), closed a few seconds after its first frame; and
 *       once as the command line listing that vault;</li>
 *   <li>adds {@code lib/share-classes.sh}, which builds the archive from that list for the folder the
 *       image is in. Java 17 ties an archive of the app's classes to the jars' absolute paths, so one
 *       built here would be ignored under /opt/keyhaven: the package's postinst runs it there;</li>
 *   <li>points the launcher's options ({@code lib/app/keyhaven.cfg}) at {@code $APPDIR/keyhaven.jsa}.
 *       A missing or stale archive (the folder moved, a jar changed) is skipped by Java, which then
 *       starts as without it; its CDS messages are off, so the command line prints nothing more.</li>
 * </ol>
 *
 * <p>Run by the installer profile: {@code java src/build/ClassDataArchive.java <app image folder> <share-classes.sh>}
 */
public final class ClassDataArchive {

    static final String APP_ARCHIVE = "keyhaven.jsa";
    static final String CLASS_LIST = "keyhaven.classlist";
    /** How long the training run stays on its unlock screen: long enough for the warm-up behind it. */
    private static final int TRAINING_MILLIS = 4000;
    private static final List<String> LAUNCHER_OPTIONS = List.of(
            "-XX:SharedArchiveFile=$APPDIR/" + APP_ARCHIVE,
            "-Xlog:cds=off,cds+dynamic=off");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: java src/build/ClassDataArchive.java <app image folder> <share-classes.sh>");
            System.exit(2);
        }
        Path image = Path.of(args[0]).toAbsolutePath();
        Path launcher = image.resolve("bin/keyhaven");
        Path appFolder = image.resolve("lib/app");
        Path config = appFolder.resolve("keyhaven.cfg");
        require(Files.isExecutable(launcher) && Files.isRegularFile(config), "no Linux app image at " + image);

        Path home = Files.createTempDirectory("keyhaven-cds-training");
        try {
            Map<String, String> environment = Map.of(
                    "HOME", home.toString(),
                    "XDG_CONFIG_HOME", home.resolve("config").toString(),
                    "XDG_DATA_HOME", home.resolve("data").toString(),
                    "KEYHAVEN_VAULT", home.resolve("vault.keyhaven").toString());
            // A vault, so that the training run shows the unlock screen, as every start but the first does.
            Map<String, String> withPassword = new HashMap<>(environment);
            withPassword.put("KEYHAVEN_PASSWORD", throwAwayPassword());
            run(List.of(launcher.toString(), "init"), withPassword, 120);

            Path desktopList = home.resolve("desktop.classlist");
            Map<String, String> desktop = new HashMap<>(environment);
            desktop.put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + desktopList
                    + " -Dkeyhaven.closeAfterStartMillis=" + TRAINING_MILLIS);
            run(withDisplay(List.of(launcher.toString())), desktop, 300);

            Path commandLineList = home.resolve("cli.classlist");
            withPassword.put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + commandLineList);
            run(List.of(launcher.toString(), "list"), withPassword, 120);

            writeMerged(appFolder.resolve(CLASS_LIST), desktopList, commandLineList);
        } finally {
            deleteTree(home);
        }
        Path script = image.resolve("lib/share-classes.sh");
        Files.copy(Path.of(args[1]), script, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        pointLauncherAt(config);
        System.out.printf("class data sharing: %d classes listed in lib/app/%s%n",
                Files.readAllLines(appFolder.resolve(CLASS_LIST)).stream().filter(line -> !line.startsWith("#")
                        && !line.startsWith("@")).count(), CLASS_LIST);
    }

    /** Both lists in one, each line once, in the order the classes were first loaded. */
    private static void writeMerged(Path target, Path... lists) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (Path list : lists) {
            require(Files.isRegularFile(list), "a training run wrote no class list");
            lines.addAll(Files.readAllLines(list, StandardCharsets.UTF_8));
        }
        Files.write(target, lines, StandardCharsets.UTF_8);
    }

    /** Adds the archive's options after the launcher's other Java options. */
    private static void pointLauncherAt(Path config) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(config, StandardCharsets.UTF_8));
        int lastOption = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("java-options=")) {
                lastOption = i;
            }
        }
        require(lastOption >= 0, "no java-options in " + config);
        List<String> added = LAUNCHER_OPTIONS.stream().map(option -> "java-options=" + option).toList();
        lines.removeAll(added);
        lines.addAll(lastOption + 1, added);
        Files.write(config, lines, StandardCharsets.UTF_8);
    }

    /** The launcher under Xvfb when it is installed, else on this session's display. */
    private static List<String> withDisplay(List<String> command) {
        boolean hasXvfb = Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, "xvfb-run")));
        if (hasXvfb) {
            List<String> wrapped = new ArrayList<>(List.of("xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x800x24"));
            wrapped.addAll(command);
            return wrapped;
        }
        require(System.getenv("DISPLAY") != null,
                "the training run of class data sharing needs a display: install Xvfb (apt-get install xvfb) and run again");
        return command;
    }

    private static void run(List<String> command, Map<String, String> environment, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within " + timeoutSeconds + " s");
        }
        require(process.exitValue() == 0, command + " failed with exit code " + process.exitValue());
    }

    private static String throwAwayPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("class data sharing: " + problem);
        }
    }

    private ClassDataArchive() {
    }
}
