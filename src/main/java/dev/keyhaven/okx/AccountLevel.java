package dev.keyhaven.okx;

/** OKX's account mode ({@code acctLv}). */
public enum AccountLevel {
    SPOT(1, "Spot mode"),
    SPOT_AND_FUTURES(2, "Spot and futures mode"),
    MULTI_CURRENCY_MARGIN(3, "Multi-currency margin mode"),
    PORTFOLIO_MARGIN(4, "Portfolio margin mode");

    private final int level;
    private final String displayName;

    AccountLevel(int level, String displayName) {
        this.level = level;
        this.displayName = displayName;
    }

    public int level() {
        return level;
    }

    public String displayName() {
        return displayName;
    }

    /** The name of {@code acctLv}, or "Account level N" for a level this version does not know. */
    public static String nameOf(int level) {
        for (AccountLevel known : values()) {
            if (known.level == level) {
                return known.displayName;
            }
        }
        return "Account level " + level;
    }
}
