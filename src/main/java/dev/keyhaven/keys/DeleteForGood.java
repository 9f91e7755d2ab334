package dev.keyhaven.keys;

/** The one question before an archived key is deleted for good, in the app and on the command line. */
public final class DeleteForGood {

    private DeleteForGood() {
    }

    /** e.g. {@code Delete "Grid bot (replaced 2026-12-01)" for good?} */
    public static String question(String label) {
        return "Delete \"" + label + "\" for good?";
    }

    /** What deleting does, and what it does not. */
    public static String consequence() {
        return "Its three values and its history leave the vault. This cannot be undone. A backup made before"
                + " keeps a copy until it is pruned.";
    }
}
