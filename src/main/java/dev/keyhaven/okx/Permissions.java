package dev.keyhaven.okx;

import java.util.Locale;

/** What a key may do, as OKX reports it in {@code account/config.perm}. */
public record Permissions(boolean read, boolean trade, boolean withdraw) {

    public static final Permissions NONE = new Permissions(false, false, false);

    /**
     * Parses OKX's comma-joined {@code perm} field, e.g. {@code "read_only,trade"}, in any order.
     * Every valid key can read, so {@code read} is true whenever OKX answered at all.
     */
    public static Permissions parse(String perm) {
        if (perm == null) {
            return NONE;
        }
        boolean read = false;
        boolean trade = false;
        boolean withdraw = false;
        for (String part : perm.split(",")) {
            switch (part.trim().toLowerCase(Locale.ROOT)) {
                case "read_only", "read" -> read = true;
                case "trade" -> trade = true;
                case "withdraw" -> withdraw = true;
                default -> { }
            }
        }
        return new Permissions(read || trade || withdraw, trade, withdraw);
    }

    /** The OKX spelling, e.g. {@code read_only,trade}. */
    public String toOkxString() {
        StringBuilder text = new StringBuilder();
        if (read) {
            text.append("read_only");
        }
        if (trade) {
            text.append(text.isEmpty() ? "" : ",").append("trade");
        }
        if (withdraw) {
            text.append(text.isEmpty() ? "" : ",").append("withdraw");
        }
        return text.toString();
    }
}
