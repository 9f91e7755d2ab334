package dev.keyhaven.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The policy's decisions, the per-key setting in the notes, and what counts as a use. */
class GatewayPolicyTest {

    private final GatewayPolicy safe = new GatewayPolicy(PolicySetting.safeDefault(), false);

    @Test
    void everyWithdrawalEndpointIsRefusedAndOrdinaryTradingPasses() {
        for (String path : new String[] {"/api/v5/asset/withdrawal", "/api/v5/asset/withdrawal-lightning",
                "/api/v5/asset/cancel-withdrawal", "/api/v5/fiat/create-withdrawal", "/api/v5/fiat/cancel-withdrawal"}) {
            assertThat(safe.refusal("POST", path)).as(path).isNotNull()
                    .satisfies(refusal -> assertThat(refusal.code()).isEqualTo("50030"));
        }
        assertThat(safe.refusal("POST", "/api/v5/trade/order")).isNull();
        assertThat(safe.refusal("GET", "/api/v5/asset/withdrawal-history?ccy=BTC")).isNull();
        assertThat(safe.refusal("GET", "/api/v5/asset/balances")).isNull();
    }

    @Test
    void theKeysSettingLoosensTransfersButNeverWithdrawals() {
        GatewayPolicy loose = new GatewayPolicy(PolicySetting.fromNotes("my grid bot\ngateway: allow transfers\n"
                + "Gateway: allow key-management"), false);

        assertThat(loose.refusal("POST", "/api/v5/asset/transfer")).isNull();
        assertThat(loose.refusal("POST", "/api/v5/users/subaccount/apikey")).isNull();
        assertThat(loose.refusal("POST", "/api/v5/asset/withdrawal")).isNotNull();
        assertThatThrownBy(() -> PolicySetting.fromNotes("gateway: allow withdrawals"))
                .hasMessageContaining("never lets a bot withdraw");
    }

    @Test
    void theKeysSettingTightensToReadOnlyOrBlocksMoreEndpoints() {
        GatewayPolicy tight = new GatewayPolicy(PolicySetting.fromNotes("gateway: read-only\n"
                + "gateway: block /api/v5/account/bills"), false);

        assertThat(tight.readOnly()).isTrue();
        assertThat(tight.refusal("POST", "/api/v5/trade/order").code()).isEqualTo("50120");
        assertThat(tight.refusal("GET", "/api/v5/account/bills-archive")).isNull();
        assertThat(tight.refusal("GET", "/api/v5/account/bills?type=1").msg()).contains("/api/v5/account/bills");
        assertThat(tight.refusal("GET", "/api/v5/account/balance")).isNull();
        assertThat(tight.refusalOfOperation("order")).isNotNull();
        assertThat(tight.refusalOfOperation("batch-cancel-orders")).isNotNull();
        assertThat(tight.refusalOfOperation("subscribe")).isNull();
        assertThat(safe.refusalOfOperation("order")).isNull();
    }

    @Test
    void aGatewayLineThatIsNotUnderstoodIsAnErrorNotSilence() {
        assertThatThrownBy(() -> PolicySetting.fromNotes("gateway: raed-only"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"gateway: raed-only\"");
        assertThatThrownBy(() -> PolicySetting.fromNotes("gateway: allow everything"))
                .hasMessageContaining("allow everything");
        assertThat(PolicySetting.fromNotes("bought on a gateway: no rules here").describe()).isEmpty();
    }

    @Test
    void onlyAnswersOkxAcceptedAreUses() {
        assertThat(OkxAnswer.of(200, utf8("{\"code\":\"0\",\"msg\":\"\",\"data\":[]}")).acceptedUse()).isTrue();
        assertThat(OkxAnswer.of(200, utf8("{\"data\":[{\"code\":\"9\"}],\"code\":\"51008\"}")).acceptedUse()).isTrue();
        assertThat(OkxAnswer.of(200, utf8("{\"data\":[{\"code\":\"0\"}],\"code\":\"50120\"}")).acceptedUse()).isFalse();
        assertThat(OkxAnswer.of(401, utf8("{\"msg\":\"Invalid Sign\",\"code\":\"50113\"}")).acceptedUse()).isFalse();
        assertThat(OkxAnswer.of(429, utf8("{\"code\":\"0\"}")).acceptedUse()).isFalse();
        assertThat(OkxAnswer.of(200, utf8("<html>busy</html>")).acceptedUse()).isFalse();
        assertThat(OkxAnswer.of(200, utf8("{\"data\":[{\"code\":\"0\"}]}")).code()).isNull();
    }

    @Test
    void refusalsAreOkxShapedJson() {
        assertThat(new Refusal(401, "50113", "Invalid \"Sign\"").json())
                .isEqualTo("{\"msg\":\"Invalid \\\"Sign\\\"\",\"code\":\"50113\"}");
        assertThat(new Refusal(403, "50030", "no").json()).isEqualTo("{\"msg\":\"no\",\"code\":\"50030\",\"data\":[]}");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
