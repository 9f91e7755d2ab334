package dev.keyhaven.gateway;

import dev.keyhaven.okx.FakeKey;
import dev.keyhaven.okx.FakeOkxWebSocket;
import dev.keyhaven.secret.Credentials;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What the WebSocket gateway's tests share: the stand-in playing OKX, and the gateway once started. */
abstract class GatewayWebSocketFixture {

    GatewayWebSocketStand stand;
    FakeKey key;
    FakeOkxWebSocket okxSockets;
    OkxGateway gateway;
    Credentials session;

    @BeforeEach
    void startStandIn() {
        stand = new GatewayWebSocketStand();
        key = stand.key;
        okxSockets = stand.okxSockets;
    }

    @AfterEach
    void stop() {
        stand.close();
    }

    /** Starts the gateway in front of the stand-in, for a read-only key or a trading one. */
    void startGateway(boolean readOnly) throws IOException {
        stand.start(readOnly);
        gateway = stand.gateway;
        session = stand.session;
    }
}
