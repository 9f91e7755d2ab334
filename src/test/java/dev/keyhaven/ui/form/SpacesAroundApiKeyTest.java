package dev.keyhaven.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import org.junit.jupiter.api.Test;

/** Issue #15: spaces around an API key are removed on save, so the live check judges the trimmed value. */
class SpacesAroundApiKeyTest {

    private static final String API_KEY = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a01";

    @Test
    void aTrailingSpaceTypedIsNoRefusalNorShapeWarning() {
        CredentialReview review = new CredentialReview(true);
        try (Secret typed = Secret.ofString(API_KEY + " ")) {
            review.reviewWhileTyping(CredentialField.API_KEY, typed);
        }

        assertThat(review.problemProperty(CredentialField.API_KEY).get()).isEmpty();
        assertThat(review.shapeWarningProperty(CredentialField.API_KEY).get()).isEmpty();
    }

    @Test
    void spacesAroundAPastedKeyGetTheRemovedNoteOnly() {
        CredentialReview review = new CredentialReview(true);
        try (Secret pasted = Secret.ofString("  " + API_KEY + "\n")) {
            review.review(CredentialField.API_KEY, pasted).ifPresent(Secret::close);
        }

        assertThat(review.trimNoticeProperty(CredentialField.API_KEY).get()).contains("Removed the spaces");
        assertThat(review.problemProperty(CredentialField.API_KEY).get()).isEmpty();
    }

    @Test
    void aSpaceInsideIsStillRefused() {
        CredentialReview review = new CredentialReview(true);
        try (Secret typed = Secret.ofString("6f1e2d3c-4b5a 4978-8a6b-5c4d3e2f1a01 ")) {
            review.reviewWhileTyping(CredentialField.API_KEY, typed);
        }

        assertThat(review.problemProperty(CredentialField.API_KEY).get()).contains("never contains a space");
    }
}
