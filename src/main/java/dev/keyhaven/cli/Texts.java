package dev.keyhaven.cli;

import dev.keyhaven.keys.KeyStatus;
import dev.keyhaven.okx.Permissions;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Small pieces of text several commands print the same way. */
final class Texts {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static final String WITHDRAW_WARNING = "This key can WITHDRAW funds. " + KeyStatus.WITHDRAW_FIX
            + " Then run 'keyhaven check' again.";

    /** What a --base-url may be, as the okx package accepts it (OkxBaseUrl). */
    static final String ACCEPTED_ADDRESSES = "https on okx.com, or http to this computer (127.0.0.1, localhost, ::1) "
            + "for testing";

    private Texts() {
    }

    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "never" : MINUTES.format(instant.atZone(zone));
    }

    /** "Read + Trade", "Read + Trade + WITHDRAW", "none". */
    static String permissions(Permissions permissions) {
        if (permissions == null) {
            return "unknown";
        }
        List<String> parts = new ArrayList<>();
        if (permissions.read()) {
            parts.add("Read");
        }
        if (permissions.trade()) {
            parts.add("Trade");
        }
        if (permissions.withdraw()) {
            parts.add("WITHDRAW");
        }
        return parts.isEmpty() ? "none" : String.join(" + ", parts);
    }

    /**
     * {@code label} as it would be typed in a shell: in double quotes when it holds spaces or symbols, so
     * that it reads well inside the single quotes around a whole command; in single quotes only when it
     * holds a character double quotes would not keep as it is.
     */
    static String shellWord(String label) {
        if (label.matches("[\\p{L}\\p{N}._@+:/-]+")) {
            return label;
        }
        return label.matches("[^\"$`\\\\!]*") ? "\"" + label + "\"" : "'" + label.replace("'", "'\\''") + "'";
    }

    /** The first and last four characters, as OKX's own pages show a key; nothing for short values. */
    static String masked(char[] apiKey) {
        if (apiKey.length < 12) {
            return "****";
        }
        return new String(apiKey, 0, 4) + "..." + new String(apiKey, apiKey.length - 4, 4);
    }
}
