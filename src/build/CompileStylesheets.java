import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (process-classes): compiles every .css under the given folder into a binary .bss beside
 * it. JavaFX loads a stylesheet's .bss instead of parsing its text whenever one sits next to it, which
 * saves the CSS parser's start-up on the way to the first frame. Run by the pom with JavaFX on the
 * class path: {@code java -cp <classpath> src/build/CompileStylesheets.java target/classes}.
 */
public final class CompileStylesheets {

    private CompileStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: CompileStylesheets <classes folder>");
            System.exit(2);
        }
        List<Path> stylesheets;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            stylesheets = files.filter(file -> file.toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : stylesheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Path compiled = Files.createTempFile("keyhaven-stylesheet-", ".bss");
            try {
                Stylesheet.convertToBinary(css.toFile(), compiled.toFile());
                // Replaced only when it changed: a build without changes leaves every .bss as it was, so a newer
                // file in target/classes still means newer code (the benchmarks refuse an app image older than it).
                if (!Files.exists(bss) || Files.mismatch(compiled, bss) != -1) {
                    Files.move(compiled, bss, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(compiled);
            }
        }
    }
}
