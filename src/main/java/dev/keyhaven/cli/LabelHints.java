package dev.keyhaven.cli;

import dev.keyhaven.keys.KeyLookup;
import java.util.stream.Collectors;

/** The one "Did you mean ...?" for a label typed with a slip, active or archived. */
final class LabelHints {

    static final String QUOTES = "Put a label with spaces in quotes.";

    private LabelHints() {
    }

    /**
     * "Did you mean "Grid bot"?", and the advice on quotes only when {@code typed} is the start of a
     * suggested label up to a space (the rest was probably lost as another word); "" without near misses.
     */
    static String didYouMean(KeyLookup lookup, String typed) {
        if (lookup.nearMisses().isEmpty()) {
            return "";
        }
        String question = "Did you mean " + lookup.nearMisses().stream().map(near -> "\"" + near + "\"")
                .collect(Collectors.joining(" or ")) + "?";
        return lookup.cutAtASpace(typed) ? question + " " + QUOTES : question;
    }
}
