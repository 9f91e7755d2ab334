package dev.keyhaven.ui.common;

/** The look the user picked in the settings. */
public enum ThemeChoice {
    LIGHT("Light"),
    DARK("Dark"),
    SYSTEM("Follow the system");

    private final String displayName;

    ThemeChoice(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
