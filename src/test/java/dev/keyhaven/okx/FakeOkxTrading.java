package dev.keyhaven.okx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a trading bot needs from the stand-in beyond the checker's endpoints: instruments and currencies,
 * order placing (single and batch), and the withdrawal and transfer endpoints the gateway must keep from
 * OKX. Installed on a {@link FakeOkxServer} with {@link #install}; answers in OKX's documented shapes.
 */
public final class FakeOkxTrading {

    public static final String INSTRUMENTS = "/api/v5/public/instruments";
    public static final String CURRENCIES = "/api/v5/asset/currencies";
    public static final String ORDER = "/api/v5/trade/order";
    public static final String BATCH_ORDERS = "/api/v5/trade/batch-orders";
    public static final String WITHDRAWAL = "/api/v5/asset/withdrawal";
    public static final String TRANSFER = "/api/v5/asset/transfer";

    private final ObjectMapper json = new ObjectMapper();
    private final List<JsonNode> orders = new CopyOnWriteArrayList<>();
    private final AtomicLong nextOrderId = new AtomicLong(700000001L);

    private FakeOkxTrading() {
    }

    public static FakeOkxTrading install(FakeOkxServer server) {
        FakeOkxTrading trading = new FakeOkxTrading();
        server.endpoint(INSTRUMENTS, false, (request, key) -> trading.instruments(request));
        server.endpoint(CURRENCIES, true, (request, key) -> trading.currencies());
        server.endpoint(ORDER, true, (request, key) -> trading.place(trading.parse(request.body())));
        server.endpoint(BATCH_ORDERS, true, (request, key) -> trading.place(trading.parse(request.body())));
        server.endpoint(WITHDRAWAL, true, (request, key) -> List.of(trading.json.createObjectNode()
                .put("amt", trading.parse(request.body()).path("amt").asText()).put("wdId", "67485").put("ccy", "BTC")));
        server.endpoint(TRANSFER, true, (request, key) -> List.of(trading.json.createObjectNode()
                .put("transId", "754147").put("ccy", "USDT")));
        return trading;
    }

    /** Every order placed, as the JSON object the client sent for it. */
    public List<JsonNode> orders() {
        return List.copyOf(orders);
    }

    private List<ObjectNode> instruments(FakeOkxServer.RecordedRequest request) {
        if (!request.pathAndQuery().contains("instType=SPOT")) {
            return List.of();
        }
        return List.of(json.createObjectNode()
                .put("instType", "SPOT").put("instId", "BTC-USDT").put("baseCcy", "BTC").put("quoteCcy", "USDT")
                .put("settleCcy", "").put("ctVal", "").put("ctMult", "").put("ctValCcy", "").put("listTime", "1606468572000")
                .put("lotSz", "0.00000001").put("minSz", "0.00001").put("tickSz", "0.1").put("state", "live")
                .put("maxLmtSz", "9999999999").put("maxMktSz", "1000000").put("uly", "").put("instFamily", ""));
    }

    private List<ObjectNode> currencies() {
        List<ObjectNode> result = new ArrayList<>();
        for (String[] currency : new String[][] {{"BTC", "BTC-Bitcoin", "0.0001"}, {"USDT", "USDT-TRC20", "1"}}) {
            result.add(json.createObjectNode().put("ccy", currency[0]).put("chain", currency[1]).put("name", currency[0])
                    .put("canDep", true).put("canWd", true).put("canInternal", true).put("minFee", currency[2])
                    .put("maxFee", currency[2]).put("minWd", "0.001").put("wdTickSz", "8").put("mainNet", true));
        }
        return result;
    }

    private List<ObjectNode> place(JsonNode body) {
        List<ObjectNode> answers = new ArrayList<>();
        for (JsonNode order : body.isArray() ? body : List.of(body)) {
            orders.add(order);
            answers.add(json.createObjectNode()
                    .put("ordId", String.valueOf(nextOrderId.getAndIncrement()))
                    .put("clOrdId", order.path("clOrdId").asText(""))
                    .put("tag", order.path("tag").asText(""))
                    .put("ts", String.valueOf(System.currentTimeMillis()))
                    .put("sCode", "0").put("sMsg", "Order placed"));
        }
        return answers;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
