package dev.keyhaven.ui.form;

import dev.keyhaven.okx.OkxBaseUrl;
import java.util.Optional;

/** The form's view of a custom OKX address: okx.OkxBaseUrl decides, as it does for the vault and the CLI. */
final class BaseUrlRule {

    private BaseUrlRule() {
    }

    /** The problem with {@code url} as a sentence, or empty when it is blank (the region's host) or fine. */
    static Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            OkxBaseUrl.parse(url);
            return Optional.empty();
        } catch (IllegalArgumentException refused) {
            return Optional.of(refused.getMessage());
        }
    }
}
