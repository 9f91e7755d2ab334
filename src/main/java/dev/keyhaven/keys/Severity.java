package dev.keyhaven.keys;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How much a problem matters: an error means the key does not work or is unsafe. Written in lower case in JSON. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity fromJson(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
