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
 * Prepares the jars the app ships (target/lib), in place: takes signatures off (bcprov is the signed one)
 * and drops registrations of security providers (bcprov's BouncyCastleProvider).
 *
 * <p>Java checks a signed jar the first time one of its classes loads (bcprov: a 789 KB signature
 * file, a DSA check and a hash of every class read), about 200 ms of processor time on the unlock's
 * way, and class data sharing leaves the classes of signed jars out of its archive. The app uses
 * BouncyCastle's lightweight classes directly, never as a security provider, so nothing needs the
 * signature. It is checked here before it goes (every class read with verification on), so a jar
 * changed since BouncyCastle signed it fails the build instead of shipping. Class contents do not
 * change; the manifest keeps its main attributes (Multi-Release among them) and its time, and loses
 * the per-class digests. Any other signed jar, or one registering a provider, fails the build: whether
 * it may ship without is a decision to make here. A jar without a signature is left untouched, so a
 * rebuild does not make the class-data archive stale.
 *
 * <p>The provider registration goes for the same reason: Java's runtime, linked without some of the
 * modules its security configuration names, looks for each missing provider among every registered one
 * on the class path, and so built BouncyCastleProvider (over 250 classes) the first time the app
 * reached for TLS or a MAC. The app never asks for it.
 *
 * <p>{@code java ShippedJars.java <folder with the jars>}
 */
public final class ShippedJars {

    private static final String PROVIDER_REGISTRATION = "META-INF/services/java.security.Provider";
    private static final String BOUNCY_CASTLE = "bcprov-";

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: java ShippedJars.java <folder with the jars>");
            System.exit(2);
        }
        for (Path jar : jarsIn(Path.of(args[0]))) {
            if (!needsRewriting(jar)) {
                continue;
            }
            if (!jar.getFileName().toString().startsWith(BOUNCY_CASTLE)) {
                System.err.println(jar.getFileName() + " is signed or registers a security provider: decide in"
                        + " src/build/ShippedJars.java whether the app may ship it without (only bcprov is prepared so)");
                System.exit(1);
            }
            try {
                requireIntactSignature(jar);
            } catch (SecurityException e) {
                System.err.println(jar.getFileName() + " does not match its signature (" + e.getMessage() + "): the"
                        + " copy Maven downloaded is damaged or was changed. Delete it from the local Maven repository"
                        + " and build again.");
                System.exit(1);
            }
            rewrite(jar);
            System.out.println("Signature (checked first) and provider registration taken off " + jar.getFileName()
                    + " (see src/build/ShippedJars.java)");
        }
    }

    /** Reads every entry with verification on: a class changed since signing fails here, at build time. */
    private static void requireIntactSignature(Path jar) throws IOException {
        try (JarFile source = new JarFile(jar.toFile(), true)) {
            for (JarEntry entry : Collections.list(source.entries())) {
                try (InputStream in = source.getInputStream(entry)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                if (entry.getName().endsWith(".class") && entry.getCodeSigners() == null) {
                    throw new SecurityException(jar.getFileName() + ": " + entry.getName() + " is not signed");
                }
            }
        }
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    private static boolean needsRewriting(Path jar) throws IOException {
        try (JarFile source = new JarFile(jar.toFile(), false)) {
            return source.stream().anyMatch(entry -> isLeftOut(entry.getName()));
        }
    }

    private static boolean isLeftOut(String name) {
        return isSignatureFile(name) || name.equals(PROVIDER_REGISTRATION);
    }

    static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".DSA") || upper.endsWith(".RSA") || upper.endsWith(".EC")
                || upper.startsWith("META-INF/SIG-");
    }

    private static void rewrite(Path jar) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (JarFile source = new JarFile(jar.toFile(), false)) {
            Manifest manifest = new Manifest();
            Manifest original = source.getManifest();
            if (original != null) {
                manifest.getMainAttributes().putAll(original.getMainAttributes());
            }
            JarEntry originalManifest = source.getJarEntry(JarFile.MANIFEST_NAME);
            try (OutputStream file = Files.newOutputStream(rewritten);
                    JarOutputStream target = new JarOutputStream(file)) {
                JarEntry manifestEntry = new JarEntry(JarFile.MANIFEST_NAME);
                if (originalManifest != null) {
                    manifestEntry.setTime(originalManifest.getTime());
                }
                target.putNextEntry(manifestEntry);
                manifest.write(target);
                target.closeEntry();
                for (JarEntry entry : Collections.list(source.entries())) {
                    String name = entry.getName();
                    if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || name.equalsIgnoreCase("META-INF/")
                            || isLeftOut(name)) {
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

    private ShippedJars() {
    }
}
