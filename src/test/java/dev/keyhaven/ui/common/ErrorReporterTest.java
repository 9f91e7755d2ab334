package dev.keyhaven.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.vault.VaultException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {

    @Test
    void aVaultProblemKeepsItsOwnSentence() {
        VaultException error = new VaultException(VaultException.Reason.IO,
                "Keyhaven could not write the vault. Check that the disk has free space, then try again.");
        assertThat(ErrorReporter.sentenceFor(error)).isEqualTo(error.getMessage());
    }

    @Test
    void anythingElseBecomesACalmSentenceWithoutTheRawMessage() {
        String sentence = ErrorReporter.sentenceFor(new IllegalStateException("index 7 out of bounds in Foo$Bar"));
        assertThat(sentence).contains("Your vault is safe").contains("keyhaven.log").doesNotContain("Foo$Bar")
                .doesNotContain("IllegalStateException");
        assertThat(ErrorReporter.sentenceFor(new IOException("EACCES /some/path")))
                .contains("could not read or write a file").doesNotContain("EACCES");
    }
}
