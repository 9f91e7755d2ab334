package dev.keyhaven.ui.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads settings.json with Jackson's streaming parser alone. Reading it with an ObjectMapper loaded about
 * 450 classes before the app's first frame; this reads the same files with a few dozen. Fields it does not
 * know are skipped; a value of the wrong kind counts as unset, so AppSettings puts in its default.
 */
final class SettingsReader {

    private SettingsReader() {
    }

    /** The settings in {@code file}; null when the file holds JSON's null. */
    static AppSettings read(Path file) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(parser, first, JsonToken.START_OBJECT);
            return settings(parser);
        }
    }

    private static AppSettings settings(JsonParser parser) throws IOException {
        int autoLock = 0;
        int clipboardClear = 0;
        int rotationDays = 0;
        ThemeChoice theme = null;
        WindowBounds window = null;
        Boolean lockWhenMinimised = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "autoLockMinutes" -> autoLock = parser.getValueAsInt(0);
                case "clipboardClearSeconds" -> clipboardClear = parser.getValueAsInt(0);
                case "rotationReminderDays" -> rotationDays = parser.getValueAsInt(0);
                case "theme" -> theme = theme(parser.getValueAsString());
                case "window" -> window = value == JsonToken.START_OBJECT ? window(parser) : skip(parser);
                case "lockWhenMinimised" -> lockWhenMinimised = value == JsonToken.VALUE_NULL ? null
                        : parser.getValueAsBoolean(true);
                default -> parser.skipChildren();
            }
        }
        expect(parser, parser.currentToken(), JsonToken.END_OBJECT);
        return new AppSettings(autoLock, clipboardClear, theme, rotationDays, window, lockWhenMinimised);
    }

    private static WindowBounds window(JsonParser parser) throws IOException {
        double x = 0;
        double y = 0;
        double width = 0;
        double height = 0;
        boolean maximized = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "x" -> x = parser.getValueAsDouble(0);
                case "y" -> y = parser.getValueAsDouble(0);
                case "width" -> width = parser.getValueAsDouble(0);
                case "height" -> height = parser.getValueAsDouble(0);
                case "maximized" -> maximized = parser.getValueAsBoolean(false);
                default -> parser.skipChildren();
            }
        }
        expect(parser, parser.currentToken(), JsonToken.END_OBJECT);
        return new WindowBounds(x, y, width, height, maximized);
    }

    private static ThemeChoice theme(String name) {
        for (ThemeChoice choice : ThemeChoice.values()) {
            if (choice.name().equals(name)) {
                return choice;
            }
        }
        return null;
    }

    private static WindowBounds skip(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
    }

    private static void expect(JsonParser parser, JsonToken found, JsonToken wanted) throws IOException {
        if (found != wanted) {
            throw new IOException("settings.json: expected " + wanted + " but found " + found + " at "
                    + parser.currentLocation().getLineNr() + ":" + parser.currentLocation().getColumnNr());
        }
    }
}
