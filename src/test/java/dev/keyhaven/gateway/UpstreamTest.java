package dev.keyhaven.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.okx.Region;
import org.junit.jupiter.api.Test;

/** Which WebSocket host the gateway relays to, by the key's site and environment. */
class UpstreamTest {

    @Test
    void okxsWebSocketHostsBySiteAndEnvironment() {
        OkxBaseUrl global = OkxBaseUrl.of(Region.GLOBAL);
        assertThat(Upstream.webSocketBase(global, Region.GLOBAL, Environment.LIVE)).isEqualTo("wss://ws.okx.com:8443");
        assertThat(Upstream.webSocketBase(global, Region.GLOBAL, Environment.DEMO)).isEqualTo("wss://wspap.okx.com:8443");
        assertThat(Upstream.webSocketBase(OkxBaseUrl.of(Region.EEA), Region.EEA, Environment.LIVE))
                .isEqualTo("wss://wseea.okx.com:8443");
        assertThat(Upstream.webSocketBase(OkxBaseUrl.of(Region.US), Region.US, Environment.DEMO))
                .isEqualTo("wss://wsuspap.okx.com:8443");
    }

    @Test
    void aStandInOnThisComputerServesWebSocketOnItsOwnPort() {
        assertThat(Upstream.webSocketBase(OkxBaseUrl.parse("http://127.0.0.1:8080"), Region.GLOBAL, Environment.LIVE))
                .isEqualTo("ws://127.0.0.1:8080");
    }
}
