package dev.keyhaven.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build compiles each stylesheet to a .bss that JavaFX loads instead of the .css text; a .bss left
 * over from an older .css would silently bring back old styles.
 */
class CompiledStylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/dev/keyhaven/ui/theme/app", "/dev/keyhaven/ui/theme/main", "/dev/keyhaven/ui/status/status", "/dev/keyhaven/ui/guide/guide"})
    void theCompiledStylesheetSaysWhatTheCssSays(String name) throws Exception {
        URL css = getClass().getResource(name + ".css");
        URL bss = getClass().getResource(name + ".bss");
        assertThat(bss).as("%s.bss, made by src/build/CompileStylesheets.java at process-classes", name).isNotNull();

        Stylesheet parsed = new CssParser().parse(css);
        Stylesheet compiled = Stylesheet.loadBinary(bss);

        assertThat(describe(compiled.getRules())).isNotEmpty().isEqualTo(describe(parsed.getRules()));
    }

    private static List<String> describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> rule.getSelectors() + " { " + rule.getDeclarations().stream()
                        .map(CompiledStylesheetsTest::describe).toList() + " }")
                .toList();
    }

    private static String describe(Declaration declaration) {
        return declaration.getProperty() + ": " + describeValue(declaration.getParsedValue());
    }

    private static String describeValue(Object value) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            return describeValue(parsed.getValue());
        }
        if (value instanceof Object[] values) {
            return Arrays.stream(values).map(CompiledStylesheetsTest::describeValue).toList().toString();
        }
        return String.valueOf(value);
    }
}
