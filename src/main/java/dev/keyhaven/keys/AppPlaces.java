package dev.keyhaven.keys;

/**
 * Where in the app a fix is done, said in a fix's sentence. The sentence is one, kept with the problem; the place
 * is said as the face needs it: "(in the app: the key's page, Advanced)" on the command line, "(Advanced, on the
 * Credentials tab)" on the key's page, where "the app" and "the key's page" are where the trader already is.
 */
public final class AppPlaces {

    /** The key's custom address (its base URL): the Credentials tab's Advanced section. */
    static final String KEY_ADDRESS = "(in the app: the key's page, Advanced)";
    private static final String KEY_ADDRESS_ON_ITS_PAGE = "(Advanced, on the Credentials tab)";

    private AppPlaces() {
    }

    /** {@code sentence} with each place said as it is seen from the key's own page. */
    public static String onTheKeysPage(String sentence) {
        return sentence.replace(KEY_ADDRESS, KEY_ADDRESS_ON_ITS_PAGE);
    }
}
