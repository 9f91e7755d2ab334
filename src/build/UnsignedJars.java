import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Takes the signature off the signed jars in a folder (bcprov is the one the app ships), in place.
 *
 * <p>Java checks a signed jar the first time one of its classes loads (bcprov: a 789 KB signature
 * file, a DSA check and a hash of every class read), about 200 ms of processor time on the unlock's
 * way, and class data sharing leaves the classes of signed jars out of its archive. The app uses
 * BouncyCastle's lightweight classes directly, never as a security provider, so nothing needs the
 * signature. Class contents do not change; the manifest keeps its main attributes (Multi-Release
 * among them) and loses the per-class digests. A jar without a signature is left untouched, so a
 * rebuild does not make the class-data archive stale.
 *
 * <p>{@code java UnsignedJars.java <folder with the jars>}
 */
public final class UnsignedJars {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: java UnsignedJars.java <folder with the jars>");
            System.exit(2);
        }
        for (Path jar : jarsIn(Path.of(args[0]))) {
            if (isSigned(jar)) {
                unsign(jar);
                System.out.println("Signature taken off " + jar.getFileName() + " (see src/build/UnsignedJars.java)");
            }
        }
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (JarFile source = new JarFile(jar.toFile(), false)) {
            return source.stream().anyMatch(entry -> isSignatureFile(entry.getName()));
        }
    }

    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".DSA") || upper.endsWith(".RSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }

    private static void unsign(Path jar) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (JarFile source = new JarFile(jar.toFile(), false)) {
            Manifest manifest = new Manifest();
            Manifest original = source.getManifest();
            if (original != null) {
                manifest.getMainAttributes().putAll(original.getMainAttributes());
            }
            try (OutputStream file = Files.newOutputStream(rewritten);
                    JarOutputStream target = new JarOutputStream(file, manifest)) {
                for (JarEntry entry : Collections.list(source.entries())) {
                    String name = entry.getName();
                    if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || name.equalsIgnoreCase("META-INF/")
                            || isSignatureFile(name)) {
                        continue;
                    }
                    JarEntry copy = new JarEntry(name);
                    copy.setTime(entry.getTime());
                    target.putNextEntry(copy);
                    try (InputStream in = source.getInputStream(entry)) {
                        in.transferTo(target);
                    }
                    target.closeEntry();
                }
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private UnsignedJars() {
    }
}
