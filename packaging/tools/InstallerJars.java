import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import com.sun.jna.Platform;
import org.sqlite.util.OSInfo;

/**
 * Prepares the jars that jpackage puts into an installer, in place, before packaging:
 * <ul>
 *   <li>sqlite-jdbc and JNA keep only the native library of the system it runs on (they carry one for
 *       every system, 14 MB and 5 MB in all);</li>
 *   <li>every entry is stored uncompressed: the installer compresses its content as a whole (xz in a
 *       .deb), which shrinks raw class files to half of what it gets from already deflated jars.</li>
 * </ul>
 * Entry contents do not change (bcprov comes here without its signature: src/build/ShippedJars.java).
 *
 * <p>Run by the installer profile with sqlite-jdbc and JNA on the class path, so that the native folders
 * are chosen by their own rules: {@code java -cp sqlite-jdbc.jar:jna.jar InstallerJars.java <lib folder>}
 */
public final class InstallerJars {

    private static final String SQLITE_NATIVES = "org/sqlite/native/";
    private static final String JNA_NATIVES = "com/sun/jna/";

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: java -cp sqlite-jdbc.jar:jna.jar InstallerJars.java <folder with the jars>");
            System.exit(2);
        }
        List<String> keptNatives = List.of(SQLITE_NATIVES + OSInfo.getNativeLibFolderPathForCurrentOS() + "/",
                JNA_NATIVES + Platform.RESOURCE_PREFIX + "/");
        for (Path jar : jarsIn(Path.of(args[0]))) {
            rewriteStored(jar, keptNatives);
        }
    }

    private static List<Path> jarsIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    private static void rewriteStored(Path jar, List<String> keptNatives) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".tmp");
        try (ZipFile source = new ZipFile(jar.toFile());
                ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            for (ZipEntry entry : Collections.list(source.entries())) {
                if (isForeignNative(entry.getName(), keptNatives)) {
                    continue;
                }
                byte[] content;
                try (InputStream in = source.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                target.putNextEntry(storedEntry(entry, content));
                target.write(content);
                target.closeEntry();
            }
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static boolean isForeignNative(String name, List<String> keptNatives) {
        boolean isNative = name.startsWith(SQLITE_NATIVES) && !name.endsWith("/")
                || name.startsWith(JNA_NATIVES) && name.contains("jnidispatch");
        return isNative && keptNatives.stream().noneMatch(name::startsWith);
    }

    private static ZipEntry storedEntry(ZipEntry original, byte[] content) {
        ZipEntry stored = new ZipEntry(original.getName());
        stored.setMethod(ZipEntry.STORED);
        stored.setSize(content.length);
        stored.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        stored.setCrc(crc.getValue());
        stored.setTime(original.getTime());
        return stored;
    }

    private InstallerJars() {
    }
}
