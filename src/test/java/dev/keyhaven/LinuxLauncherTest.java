package dev.keyhaven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux image's launcher (packaging/linux/launcher.sh, bin/keyhaven in the image), run for real in an
 * image laid out as jpackage lays it out, with this JDK's java as the image's runtime and a program
 * that prints what it was started with.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherTest {

    private static final Path SCRIPT = Path.of("packaging/linux/launcher.sh");

    @TempDir
    Path folder;
    private Path image;
    private Path asked;

    @BeforeEach
    void layOutImage() throws Exception {
        image = folder.resolve("opt/keyhaven");
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("bin"));
        Files.copy(SCRIPT, image.resolve("bin/keyhaven"));
        Files.setPosixFilePermissions(image.resolve("bin/keyhaven"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        Files.createSymbolicLink(image.resolve("lib/runtime/bin/java"), Path.of(System.getProperty("java.home"), "bin/java"));
        Files.createSymbolicLink(app.resolve("classes"),
                Path.of(Probe.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        Files.writeString(app.resolve("keyhaven.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/classes",
                "app.mainclass=" + Probe.class.getName(),
                "app.classpath=$APPDIR/lib/other.jar",
                "",
                "[JavaOptions]",
                "java-options=-Dprobe.archive=$APPDIR/keyhaven.jsa",
                "java-options=-Dprobe.spaced=two words",
                "java-options=-Xmx64m"), StandardCharsets.UTF_8);
        asked = folder.resolve("package-manager-asked");
    }

    @Test
    void startsTheImagesJavaWithTheConfiguredOptionsClassPathAndArgumentsInOrder() throws Exception {
        Path app = image.toRealPath().resolve("lib/app");

        Started started = start(image.resolve("bin/keyhaven"), "list", "two words", "$APPDIR", "", "--json");

        assertThat(started.exitCode).isEqualTo(7);
        assertThat(started.lines).containsExactly(
                "arg=list", "arg=two words", "arg=$APPDIR", "arg=", "arg=--json",
                "archive=" + app.resolve("keyhaven.jsa"),
                "spaced=two words",
                "maxHeapMiB=64",
                "classPath=" + app.resolve("classes") + ":" + app.resolve("lib/other.jar"),
                "appPath=" + image.toRealPath().resolve("bin/keyhaven"),
                "javaHome=" + Path.of(System.getProperty("java.home")).toRealPath());
    }

    @Test
    void findsItsImageThroughTheSymbolicLinkOnThePath() throws Exception {
        Path usrBin = Files.createDirectories(folder.resolve("usr/bin"));
        Files.createSymbolicLink(usrBin.resolve("keyhaven"), image.resolve("bin/keyhaven"));

        Started started = start(usrBin.resolve("keyhaven"));

        assertThat(started.lines).contains("archive=" + image.toRealPath().resolve("lib/app/keyhaven.jsa"));
    }

    @Test
    void neverAsksThePackageManagerWhoOwnsIt() throws Exception {
        Started started = start(image.resolve("bin/keyhaven"), "--version");

        assertThat(started.exitCode).isEqualTo(7);
        assertThat(asked).doesNotExist();
    }

    /** Runs the launcher with rpm and dpkg on the PATH that note when they are asked. */
    private Started start(Path launcher, String... arguments) throws IOException, InterruptedException {
        Path fakeTools = Files.createDirectories(folder.resolve("tools"));
        for (String tool : List.of("rpm", "dpkg", "dpkg-query")) {
            Path script = fakeTools.resolve(tool);
            Files.writeString(script, "#!/bin/sh\necho \"$0 $*\" >> '" + asked + "'\nexit 1\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().put("PATH", fakeTools + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Started(process.exitValue(), output.lines().toList());
    }

    private record Started(int exitCode, List<String> lines) {
    }

    /** What the launcher starts in the test image: prints its arguments and what the options set. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            for (String arg : args) {
                System.out.println("arg=" + arg);
            }
            System.out.println("archive=" + System.getProperty("probe.archive"));
            System.out.println("spaced=" + System.getProperty("probe.spaced"));
            System.out.println("maxHeapMiB=" + Math.round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024) / 8) * 8);
            System.out.println("classPath=" + System.getProperty("java.class.path"));
            System.out.println("appPath=" + System.getProperty("jpackage.app-path"));
            System.out.println("javaHome=" + Path.of(System.getProperty("java.home")).toRealPath());
            System.exit(7);
        }
    }
}
