package dev.keyhaven.okx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The JSON FakeOkxServer answers with: OKX's envelope and the data of each endpoint, as OKX writes them. */
final class FakeOkxBodies {

    private final ObjectMapper json = new ObjectMapper();
    private final Supplier<Instant> serverClock;

    FakeOkxBodies(Supplier<Instant> serverClock) {
        this.serverClock = serverClock;
    }

    String write(ObjectNode body) throws com.fasterxml.jackson.core.JsonProcessingException {
        return json.writeValueAsString(body);
    }

    /** OKX's envelope with code "0" around {@code data}. */
    ObjectNode success(List<ObjectNode> data) {
        ObjectNode body = json.createObjectNode().put("code", "0").put("msg", "");
        body.putArray("data").addAll(data);
        return body;
    }

    ObjectNode error(String code, String msg) {
        return json.createObjectNode().put("msg", msg).put("code", code);
    }

    ObjectNode time() {
        return json.createObjectNode().put("ts", String.valueOf(serverClock.get().toEpochMilli()));
    }

    ObjectNode accountConfig(FakeKey key) {
        ObjectNode config = json.createObjectNode();
        config.put("acctLv", String.valueOf(key.acctLv()));
        config.put("autoLoan", false);
        config.put("ctIsoMode", "automatic");
        config.put("greeksType", "PA");
        config.put("ip", String.join(",", key.ips()));
        config.put("kycLv", "2");
        config.put("label", key.label());
        config.put("level", "Lv1");
        config.put("mainUid", key.mainUid());
        config.put("perm", key.permissions().toOkxString());
        config.put("posMode", "long_short_mode");
        config.put("roleType", "0");
        config.putArray("traderInsts");
        config.put("type", "0");
        config.put("uid", key.uid());
        return config;
    }

    ObjectNode tradingBalance(FakeKey key) {
        ObjectNode account = json.createObjectNode();
        account.put("adjEq", "");
        account.put("totalEq", key.tradingTotalUsd().toPlainString());
        account.put("uTime", String.valueOf(serverClock.get().toEpochMilli()));
        ArrayNode details = account.putArray("details");
        for (TradingBalance.Detail detail : key.trading()) {
            details.addObject()
                    .put("ccy", detail.ccy())
                    .put("eq", detail.eq().toPlainString())
                    .put("cashBal", detail.eq().toPlainString())
                    .put("availBal", detail.availBal().toPlainString())
                    .put("eqUsd", detail.eqUsd().toPlainString())
                    .put("frozenBal", "0");
        }
        return account;
    }

    List<ObjectNode> funding(FakeKey key) {
        List<ObjectNode> items = new ArrayList<>();
        for (FundingBalance balance : key.funding()) {
            items.add(json.createObjectNode()
                    .put("availBal", balance.availBal().toPlainString())
                    .put("bal", balance.bal().toPlainString())
                    .put("ccy", balance.ccy())
                    .put("frozenBal", plain(balance.frozenBal())));
        }
        return items;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "0" : value.toPlainString();
    }
}
