package dev.keyhaven.okx;

/** Live trading or demo trading. Demo keys are created separately on OKX and need a header. */
public enum Environment {
    LIVE("Live", "0"),
    DEMO("Demo", "1");

    private final String displayName;
    private final String flag;

    Environment(String displayName, String flag) {
        this.displayName = displayName;
        this.flag = flag;
    }

    public String displayName() {
        return displayName;
    }

    /** The flag trading libraries expect ({@code OKX_FLAG}): "0" live, "1" demo. */
    public String flag() {
        return flag;
    }
}
