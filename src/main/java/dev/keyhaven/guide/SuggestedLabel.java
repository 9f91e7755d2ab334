package dev.keyhaven.guide;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.vault.Purpose;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A name for a new key on OKX that says what it is for, e.g. {@code TradingBot}, then {@code TradingBot2},
 * {@code TradingBot3}… for the next ones. Letters and digits only: OKX refuses other characters in a key's
 * label, so the words are told apart by their capitals.
 */
public final class SuggestedLabel {

    private SuggestedLabel() {
    }

    public static String of(Purpose purpose, Environment environment) {
        String demo = environment == Environment.DEMO ? "Demo" : "";
        return demo + switch (purpose) {
            case TRADING -> "TradingBot";
            case READ_ONLY -> "ReadOnly";
            // A key given to a platform is named after the platform; the guide asks for its name in place of this.
            case PLATFORM_TRADE, PLATFORM_READ -> "Platform";
        };
    }

    /** The key's own {@code label} as OKX takes it (letters and digits only), or {@code otherwise} if none is left. */
    public static String after(String label, String otherwise) {
        String kept = label.replaceAll("[^\\p{Alnum}]", "");
        return kept.isEmpty() ? otherwise : kept;
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
