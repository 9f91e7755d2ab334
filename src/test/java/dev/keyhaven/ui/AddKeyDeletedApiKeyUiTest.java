package dev.keyhaven.ui;

import static dev.keyhaven.ui.UiTestSupport.text;
import static dev.keyhaven.ui.UiTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.keys.ProblemId;
import dev.keyhaven.vault.HistoryEntry;
import java.time.Instant;
import java.util.List;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

/**
 * Add key with the API key of an archived key OKX said it no longer knows (issue #15, walk20b 6): the note says
 * OKX deleted it, not "restore it if it did not leak", and the discard question does not send the trader to a
 * Save that refuses this API key.
 */
class AddKeyDeletedApiKeyUiTest extends ArchivedApiKeyUiTest {

    private static final String API_KEY = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a02";

    @Test
    void theNoteSaysOkxDeletedItAndTheDiscardQuestionSaysWhatWouldMakeSavePossible() throws Exception {
        archivedAlpha(API_KEY, new HistoryEntry(Instant.parse("2026-12-03T15:29:00Z"), HistoryEntry.Kind.CHECK,
                HistoryEntry.Outcome.FAILED, "Rejected", false, null, List.of(), null,
                List.of(ProblemId.AUTH_INVALID_KEY.name()), null));
        pasteIntoANewKey(API_KEY);
        assertThat(text(this, "#api-key-same")).startsWith("OKX deleted this key: it said on ")
                .contains("\u201cAlpha\u201d in Archived keys").contains("Create a new key on OKX")
                .doesNotContain("leak").doesNotContain("restore");

        clickOn("#show-archived");
        waitUntil(() -> lookup("Discard changes").tryQuery().isPresent());
        String question = lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
        clickOn("Keep editing");
        assertThat(question).contains("paste a new key's API key, then press Save")
                .contains("Save refuses this one").doesNotContain("choose Cancel and press Save");
    }
}
