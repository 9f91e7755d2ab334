package dev.keyhaven.okx;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One currency in the funding account, from {@code GET /api/v5/asset/balances} (OKX lists only non-zero ones). */
public record FundingBalance(String ccy, BigDecimal bal, BigDecimal availBal, BigDecimal frozenBal) {

    static List<FundingBalance> listFromJson(JsonNode data) throws OkxException {
        List<FundingBalance> balances = new ArrayList<>();
        for (JsonNode item : data) {
            balances.add(new FundingBalance(JsonFields.text(item, "ccy"), JsonFields.decimal(item, "bal"),
                    JsonFields.decimal(item, "availBal"), JsonFields.decimal(item, "frozenBal")));
        }
        return List.copyOf(balances);
    }
}
