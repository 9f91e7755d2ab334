package dev.keyhaven.ui;

import java.io.File;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What the UI benchmarks share: the launcher's JVM options and heap options, the class path for child JVMs, medians. */
final class BenchmarkSupport {

    /** The JVM options the app's launchers use (pom.xml passes them in), given to every child alike. */
    static final List<String> LAUNCHER_OPTIONS = Arrays.stream(
            System.getProperty("keyhaven.launcherOptions", "").trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();

    /**
     * The installed app's heap options (pom.xml passes the launcher's in): the ui benchmark's children get
     * them, so that the unlock's collections are the ones a user's unlock pays for.
     */
    static final List<String> INSTALLED_HEAP_OPTIONS = Arrays.stream(
            System.getProperty("keyhaven.installedHeapOptions", "").trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();

    private static final Path SHIPPED_JARS = Path.of("target", "lib");

    private BenchmarkSupport() {
    }

    /**
     * This JVM's class path for a child, each dependency taken from target/lib where package copied it there:
     * the jars the app ships, as the build prepared them (bcprov without its signature), not Maven's copies.
     */
    static String classPath() {
        List<Path> entries;
        if (BenchmarkSupport.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
            entries = Arrays.stream(loader.getURLs()).map(url -> {
                try {
                    return Path.of(url.toURI());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } else {
            entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList();
        }
        return entries.stream().map(BenchmarkSupport::shipped).map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Says where the children's jars come from: target/lib exists only after {@code package}. */
    static String jarsSaid() {
        return classPath().contains(SHIPPED_JARS.toAbsolutePath().toString())
                ? "their jars are the ones the app ships (target/lib)"
                : "their jars are Maven's (no target/lib: run ./mvnw package first for the ones the app ships)";
    }

    private static Path shipped(Path entry) {
        Path copy = SHIPPED_JARS.resolve(entry.getFileName().toString());
        return entry.toString().endsWith(".jar") && Files.isRegularFile(copy) ? copy.toAbsolutePath() : entry;
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static String list(long[] values) {
        return Arrays.stream(values).mapToObj(Long::toString).collect(Collectors.joining(", ")) + " ms";
    }
}
