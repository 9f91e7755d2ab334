import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Build step of the mutation profile (verify): prints one row per package from PIT's reports
 * ({@code <reports>/<package>/mutations.xml} and {@code index.html}) and fails when a package's score is
 * below its threshold, after all rows are printed, naming the surviving mutants of that package.
 * {@code java src/build/MutationScores.java target/pit-reports secret=90 vault=90 ...}
 */
public final class MutationScores {

    private static final Pattern LINE_COVERAGE = Pattern.compile("coverage_legend\">(\\d+)/(\\d+)<");
    private static final int SURVIVORS_SHOWN = 40;

    private MutationScores() {
    }

    record Row(String name, int threshold, int mutants, int killed, int linesCovered, int lines,
            List<String> survivors) {

        boolean passes() {
            return mutants > 0 && 100L * killed >= (long) threshold * mutants;
        }

        String score() {
            return mutants == 0 ? "-" : String.format("%.1f%%", 100.0 * killed / mutants);
        }

        String lineCoverage() {
            return lines == 0 ? "-" : String.format("%d%% (%d/%d)", Math.round(100.0 * linesCovered / lines),
                    linesCovered, lines);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: MutationScores <pit-reports folder> <package>=<threshold>...");
            System.exit(2);
        }
        Path reports = Path.of(args[0]);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            rows.add(read(reports.resolve(pair[0]), pair[0], Integer.parseInt(pair[1].trim())));
        }
        System.out.println();
        System.out.println("Mutation testing (PIT, DEFAULTS mutators; each package against its own tests)");
        System.out.println();
        System.out.println("| package | mutants | killed | score | threshold | line coverage |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        int mutants = 0;
        int killed = 0;
        for (Row row : rows) {
            System.out.printf("| %s | %d | %d | %s | %d%% | %s |%n", row.name(), row.mutants(), row.killed(),
                    row.score(), row.threshold(), row.lineCoverage());
            mutants += row.mutants();
            killed += row.killed();
        }
        System.out.printf("| all | %d | %d | %s | | |%n", mutants, killed,
                new Row("all", 0, mutants, killed, 0, 0, List.of()).score());
        System.out.println();
        List<Row> below = rows.stream().filter(row -> !row.passes()).toList();
        for (Row row : below) {
            System.out.printf("%s: %s is below its threshold of %d%% (-Dpit.threshold.%s=...). Surviving mutants:%n",
                    row.name(), row.mutants() == 0 ? "no report or no mutants" : row.score(), row.threshold(),
                    row.name());
            row.survivors().stream().limit(SURVIVORS_SHOWN).forEach(survivor -> System.out.println("  " + survivor));
            if (row.survivors().size() > SURVIVORS_SHOWN) {
                System.out.printf("  ... and %d more: see target/pit-reports/%s/index.html%n",
                        row.survivors().size() - SURVIVORS_SHOWN, row.name());
            }
        }
        if (!below.isEmpty()) {
            System.out.println("Kill them with a test that fails without the guard, or list a mutant that no test "
                    + "can kill in mutation-equivalents.md with the reason.");
            System.exit(1);
        }
    }

    private static Row read(Path folder, String name, int threshold) throws Exception {
        Path xml = folder.resolve("mutations.xml");
        if (!Files.exists(xml)) {
            return new Row(name, threshold, 0, 0, 0, 0, List.of());
        }
        NodeList mutations;
        try {
            mutations = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                    .getElementsByTagName("mutation");
        } catch (org.xml.sax.SAXException unfinished) {
            System.err.println(xml + " cannot be read (" + unfinished.getMessage() + "): counted as no report.");
            return new Row(name, threshold, 0, 0, 0, 0, List.of());
        }
        int mutants = 0;
        int killed = 0;
        List<String> survivors = new ArrayList<>();
        for (int i = 0; i < mutations.getLength(); i++) {
            Element mutation = (Element) mutations.item(i);
            String status = mutation.getAttribute("status");
            if (status.equals("NON_VIABLE")) {
                continue;
            }
            mutants++;
            if (Boolean.parseBoolean(mutation.getAttribute("detected"))) {
                killed++;
            } else {
                survivors.add(String.format("%s %s:%s %s: %s", status, text(mutation, "mutatedClass"),
                        text(mutation, "lineNumber"), text(mutation, "mutatedMethod"),
                        text(mutation, "description")));
            }
        }
        int[] lines = lineCoverage(folder.resolve("index.html"));
        return new Row(name, threshold, mutants, killed, lines[0], lines[1], survivors);
    }

    /** PIT writes line coverage only into its HTML summary: the first legend of the first table. */
    private static int[] lineCoverage(Path index) throws IOException {
        if (!Files.exists(index)) {
            return new int[] {0, 0};
        }
        Matcher matcher = LINE_COVERAGE.matcher(Files.readString(index));
        return matcher.find() ? new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))}
                : new int[] {0, 0};
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
