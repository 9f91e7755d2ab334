package dev.keyhaven.okx;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Reads OKX's fields, which arrive as strings (numbers too) and may be empty or missing. */
final class JsonFields {

    private JsonFields() {
    }

    /** The text of a field, "" when missing or null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText("");
    }

    /** A decimal field, null when missing or empty. */
    static BigDecimal decimal(JsonNode node, String field) throws OkxException {
        String text = text(node, field).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw unreadable(field);
        }
    }

    /** A whole-number field, {@code fallback} when missing or empty. */
    static int integer(JsonNode node, String field, int fallback) throws OkxException {
        String text = text(node, field).strip();
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw unreadable(field);
        }
    }

    /** A comma-joined list such as {@code ip}, without blanks. */
    static List<String> commaList(JsonNode node, String field) {
        return Arrays.stream(text(node, field).split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList();
    }

    static OkxException unreadable(String field) {
        return OkxException.of(OkxException.Kind.MISSING_DATA,
                "OKX sent the field \"" + field + "\" in a form Keyhaven cannot read.", 200);
    }
}
