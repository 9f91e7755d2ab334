package dev.keyhaven.okx;

/** OKX's account mode ({@code acctLv}), in the words OKX uses today (okx-api.md, account/config). */
public enum AccountLevel {
    SPOT(1, "Spot mode"),
    FUTURES(2, "Futures mode"),
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
