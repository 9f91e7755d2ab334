package dev.keyhaven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The product's version, read from the filtered {@code version.properties} on the class path. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    public static String get() {
        return VERSION;
    }

    /** The User-Agent this app sends, e.g. {@code Keyhaven/0.1.0}. */
    public static String userAgent() {
        return "Keyhaven/" + VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty("version", "dev");
            return value.startsWith("${") ? "dev" : value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
