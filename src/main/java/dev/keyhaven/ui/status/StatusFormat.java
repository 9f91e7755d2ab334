package dev.keyhaven.ui.status;

import dev.keyhaven.keys.DayCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the status panel writes times, days and amounts. */
final class StatusFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private StatusFormat() {
    }

    static String day(Instant instant, ZoneId zone) {
        return DAY.format(instant.atZone(zone));
    }

    static String days(long count) {
        return DayCount.days(count);
    }

    /** US dollars with two decimals and thousands separators, e.g. "1,250.00 USD". */
    static String usd(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(amount.setScale(2, RoundingMode.HALF_EVEN)) + " USD";
    }

    /** A currency amount as OKX gave it, without trailing zeros, e.g. "0.5 BTC". */
    static String amount(BigDecimal amount, String currency) {
        String digits = amount == null ? "?" : amount.stripTrailingZeros().toPlainString();
        return digits + " " + currency;
    }

    /** e.g. "0.4 s ahead of OKX's clock". */
    static String skew(long skewMs) {
        if (Math.abs(skewMs) < 100) {
            return "Matches OKX's clock (within 0.1 s).";
        }
        String seconds = BigDecimal.valueOf(Math.abs(skewMs)).movePointLeft(3).setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
        return "This computer's clock is " + seconds + " s " + (skewMs > 0 ? "ahead of" : "behind") + " OKX's.";
    }
}
