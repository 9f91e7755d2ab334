package dev.keyhaven.cli;

import dev.keyhaven.okx.OkxBaseUrl;

/** Turns the okx package's verdict on a {@code --base-url} into bad input with its sentence. */
final class BaseUrls {

    private BaseUrls() {
    }

    /** The normalised URL, or null when none was given. */
    static String checked(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OkxBaseUrl.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput(e.getMessage());
        }
    }
}
