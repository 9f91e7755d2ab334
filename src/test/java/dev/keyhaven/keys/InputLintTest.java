package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputLintTest {

    private static final String API_KEY = "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d";
    private static final String SECRET = "22582BD0CFF14C41EDBF1AB98506286D";

    private static List<Problem> lint(String apiKey, String secret, String passphrase) {
        try (Secret a = Secret.ofString(apiKey); Secret s = Secret.ofString(secret); Secret p = Secret.ofString(passphrase)) {
            return InputLint.lint(a, s, p);
        }
    }

    @Test
    void valuesShapedLikeOkxsPassQuietly() {
        assertThat(lint(API_KEY, SECRET, "Str0ng!Pass")).isEmpty();
    }

    @Test
    void outerSpacesAndLineBreaksAreOneWarningNamingTheValues() {
        List<Problem> problems = lint(API_KEY + "\n", SECRET, " Str0ng!Pass");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.INPUT_WHITESPACE);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.message()).contains("API key and passphrase start or end");
        });
    }

    @Test
    void unusualShapesAreWarnedAboutWithoutQuotingTheValue() {
        String lowerCaseSecret = SECRET.toLowerCase();
        List<Problem> problems = lint("not-a-uuid", lowerCaseSecret, "abc");
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.id()).isEqualTo(ProblemId.INPUT_SHAPE);
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.message()).contains("API key").contains("secret key").contains("passphrase")
                    .doesNotContain("not-a-uuid").doesNotContain(lowerCaseSecret).doesNotContain("abc");
        });
    }

    @Test
    void shapesIgnoreTheSurroundingSpacesWhichHaveTheirOwnWarning() {
        try (Secret padded = Secret.ofString("  " + SECRET + "\t")) {
            assertThat(InputLint.looksLikeSecretKey(padded)).isTrue();
            assertThat(padded.reveal()).isEqualTo("  " + SECRET + "\t");
        }
        try (Secret apiKey = Secret.ofString(API_KEY.replace('-', '_'))) {
            assertThat(InputLint.looksLikeApiKey(apiKey)).isFalse();
        }
    }

    @Test
    void passphraseHintsLeadToTheStricterRule() {
        try (Secret weak = Secret.ofString("abcdef"); Secret strong = Secret.ofString("Str0ng!Pass")) {
            assertThat(InputLint.passphraseHints(weak)).hasSize(4).satisfiesExactly(
                    hint -> assertThat(hint).startsWith("Use at least 8 characters"),
                    hint -> assertThat(hint).startsWith("Add an upper case letter"),
                    hint -> assertThat(hint).startsWith("Add a digit"),
                    hint -> assertThat(hint).startsWith("Add a special character"));
            assertThat(InputLint.passphraseHints(strong)).isEmpty();
        }
    }
}
