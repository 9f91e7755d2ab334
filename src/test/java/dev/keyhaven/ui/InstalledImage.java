package dev.keyhaven.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The app image that {@code ./mvnw -Pinstaller package} builds (what the .deb installs): its launcher, its linked
 * runtime, and its launcher's class path and Java options as keyhaven.cfg gives them, so that a benchmark can
 * start Keyhaven as the installed launcher does.
 */
final class InstalledImage {

    static final Path FOLDER = Path.of(System.getProperty("keyhaven.image", "target/installer-work/image/keyhaven"))
            .toAbsolutePath();

    private final Path app;
    private final List<String> classPath;
    private final List<String> javaOptions;

    private InstalledImage(Path app, List<String> lines) {
        this.app = app;
        this.classPath = values(lines, "app.classpath=");
        this.javaOptions = values(lines, "java-options=");
    }

    /** The image under target/, its class-data archive built as the package's postinst builds it; empty if not built. */
    static Optional<InstalledImage> built() throws Exception {
        Path config = FOLDER.resolve("lib/app/keyhaven.cfg");
        if (!Files.isExecutable(FOLDER.resolve("bin/keyhaven")) || !Files.isRegularFile(config)) {
            return Optional.empty();
        }
        InstalledImage image = new InstalledImage(config.getParent(), Files.readAllLines(config));
        image.refuseIfOlderThanTheCode();
        image.prepareArchive();
        return Optional.of(image);
    }

    /** Figures of an image built before the last compile would be another build's, under this one's name. */
    private void refuseIfOlderThanTheCode() throws IOException {
        Path classes = Path.of("target", "classes");
        if (!Files.isDirectory(classes)) {
            return;
        }
        java.nio.file.attribute.FileTime built = Files.getLastModifiedTime(app.resolve("keyhaven.jar"));
        try (Stream<Path> files = Files.walk(classes)) {
            if (files.filter(Files::isRegularFile).anyMatch(file -> newer(file, built))) {
                throw new IllegalStateException("Benchmark invalid: the app image " + FOLDER + " is older than the code"
                        + " in target/classes. Build it again with ./mvnw -Pinstaller -DskipTests package, then run"
                        + " the benchmark again.");
            }
        }
    }

    private static boolean newer(Path file, java.nio.file.attribute.FileTime than) {
        try {
            return Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException gone) {
            return false;
        }
    }

    Path launcher() {
        return FOLDER.resolve("bin/keyhaven");
    }

    Path java() {
        return FOLDER.resolve("lib/runtime/bin/java");
    }

    Path archive() {
        return app.resolve("keyhaven.jsa");
    }

    /** The launcher's Java options (heap, JIT, the class-data archive), as keyhaven.cfg lists them. */
    List<String> javaOptions() {
        return javaOptions;
    }

    /**
     * The launcher's class path, then the entries of {@code extra} that are not the image's own jars (test classes,
     * Monocle): the archive maps classes only for a class path that begins with the one it was built for.
     */
    String classPath(List<Path> extra) {
        Set<String> shipped = classPath.stream().map(entry -> Path.of(entry).getFileName().toString()).collect(Collectors.toSet());
        return Stream.concat(classPath.stream(), extra.stream()
                        .filter(entry -> !shipped.contains(entry.getFileName().toString()))
                        .filter(entry -> !entry.endsWith(Path.of("target", "classes")))
                        .map(Path::toString))
                .collect(Collectors.joining(File.pathSeparator));
    }

    @Override
    public String toString() {
        try {
            return "the app image " + FOLDER + " (class-data archive " + (Files.size(archive()) >> 20) + " MB)";
        } catch (IOException e) {
            return "the app image " + FOLDER;
        }
    }

    /** What the package's postinst does: the archive for the folder the image is in. */
    private void prepareArchive() throws Exception {
        if (!Files.isRegularFile(archive())) {
            Process share = new ProcessBuilder(FOLDER.resolve("lib/share-classes.sh").toString()).inheritIO().start();
            if (share.waitFor() != 0) {
                throw new IllegalStateException("Benchmark invalid: share-classes.sh failed");
            }
        }
    }

    private List<String> values(List<String> lines, String key) {
        return lines.stream().filter(line -> line.startsWith(key))
                .map(line -> line.substring(key.length()).replace("$APPDIR", app.toString())).toList();
    }
}
