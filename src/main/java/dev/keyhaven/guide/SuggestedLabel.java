package dev.keyhaven.guide;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.vault.Purpose;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A name for a new key on OKX, e.g. {@code KeyhavenBot20261123}: what it is for and when it was made, so
 * that one key per bot stays easy to tell apart. Letters and digits only: OKX refuses other characters
 * in a key's label.
 */
public final class SuggestedLabel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private SuggestedLabel() {
    }

    public static String of(Purpose purpose, Environment environment, LocalDate day) {
        String demo = environment == Environment.DEMO ? "Demo" : "";
        if (purpose.forPlatform()) {
            // A key given to a platform is named after the platform; the guide asks for its name in place of this.
            return "Platform" + demo + DAY.format(day);
        }
        String use = switch (purpose) {
            case READ_ONLY -> "Read";
            default -> "Bot";
        };
        return "Keyhaven" + demo + use + DAY.format(day);
    }

    /** {@code suggested}, or {@code suggested2}, {@code suggested3}… when a key already has that label (case aside). */
    public static String free(String suggested, Collection<String> takenLabels) {
        Set<String> taken = takenLabels.stream().map(label -> label.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        String candidate = suggested;
        for (int number = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); number++) {
            candidate = suggested + number;
        }
        return candidate;
    }
}
