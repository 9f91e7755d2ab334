import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
            if (!upToDate(bss, css)) {
                Stylesheet.convertToBinary(css.toFile(), bss.toFile());
            }
        }
    }

    /** As a compiler does: a .bss newer than its .css is left alone, so a build without changes rewrites nothing. */
    private static boolean upToDate(Path bss, Path css) throws IOException {
        return Files.exists(bss) && Files.getLastModifiedTime(bss).compareTo(Files.getLastModifiedTime(css)) > 0;
    }
}
