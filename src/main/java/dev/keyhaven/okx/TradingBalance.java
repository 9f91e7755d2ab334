package dev.keyhaven.okx;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The trading account, from {@code GET /api/v5/account/balance}.
 *
 * @param totalEq the account's total equity in USD
 */
public record TradingBalance(BigDecimal totalEq, List<Detail> details) {

    public static final TradingBalance EMPTY = new TradingBalance(BigDecimal.ZERO, List.of());

    public TradingBalance {
        totalEq = totalEq == null ? BigDecimal.ZERO : totalEq;
        details = List.copyOf(details);
    }

    /**
     * One currency in the trading account.
     *
     * @param eq     equity in that currency
     * @param eqUsd  equity in USD, or null when OKX did not value it
     */
    public record Detail(String ccy, BigDecimal eq, BigDecimal availBal, BigDecimal eqUsd) {
    }

    public boolean isEmpty() {
        return totalEq.signum() == 0 && details.stream().allMatch(detail -> detail.eq() == null || detail.eq().signum() == 0);
    }

    /** OKX sends one item; no item at all means an empty account. */
    static TradingBalance fromJson(JsonNode data) throws OkxException {
        if (data.isEmpty()) {
            return EMPTY;
        }
        JsonNode account = data.get(0);
        List<Detail> details = new ArrayList<>();
        JsonNode items = account.path("details");
        for (JsonNode item : items) {
            details.add(new Detail(JsonFields.text(item, "ccy"), JsonFields.decimal(item, "eq"),
                    JsonFields.decimal(item, "availBal"), JsonFields.decimal(item, "eqUsd")));
        }
        return new TradingBalance(JsonFields.decimal(account, "totalEq"), details);
    }
}
