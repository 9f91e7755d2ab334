package dev.keyhaven.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keyhaven.okx.RequestSigner;
import dev.keyhaven.secret.Credentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * OKX's WebSocket login ({@code {"op":"login","args":[{"apiKey","passphrase","timestamp","sign"}]}}, sign =
 * Base64(HMAC-SHA256(secret, timestamp + "GET" + "/users/self/verify")), timestamp in Unix seconds): the
 * bot's is checked against the session credentials, and a real one is made with the key.
 */
final class WebSocketLogin {

    static final String VERIFY_PATH = "/users/self/verify";

    private final Credentials session;
    private final Clock clock;
    private final OkxTime okxTime;
    private final ObjectMapper json;

    /** @param clock this computer's, for the bot's timestamp; {@code okxTime} for the real login's */
    WebSocketLogin(Credentials session, Clock clock, OkxTime okxTime, ObjectMapper json) {
        this.session = session;
        this.clock = clock;
        this.okxTime = okxTime;
        this.json = json;
    }

    /** OKX's error event for a login that does not verify, or null when it does. */
    String refusal(JsonNode login) {
        JsonNode args = login.path("args").path(0);
        String apiKey = args.path("apiKey").asText("");
        String passphrase = args.path("passphrase").asText("");
        String timestamp = args.path("timestamp").asText("");
        String sign = args.path("sign").asText("");
        if (apiKey.isEmpty() || passphrase.isEmpty() || timestamp.isEmpty() || sign.isEmpty()) {
            return error("60009", "Login failed: apiKey, passphrase, timestamp and sign are all needed.");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return error("60008", "Login failed: the timestamp must be Unix time in seconds.");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs().compareTo(SignatureCheck.TOLERANCE) > 0) {
            return error("60006", "Timestamp request expired: more than 30 seconds from this computer's clock.");
        }
        if (!SignatureCheck.matches(session.apiKey(), apiKey)) {
            return error("60005", "Invalid OK-ACCESS-KEY: use OKX_API_KEY from Keyhaven.");
        }
        if (!SignatureCheck.matches(session.passphrase(), passphrase)) {
            return error("60024", "Wrong passphrase: use OKX_PASSPHRASE from Keyhaven.");
        }
        String expected = RequestSigner.sign(session.secretKey(), timestamp, "GET", VERIFY_PATH, "");
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sign.getBytes(StandardCharsets.UTF_8))) {
            return error("60007", "Invalid sign: sign with OKX_SECRET_KEY from Keyhaven.");
        }
        return null;
    }

    /** The real login, signed now; a String only because the WebSocket client takes one. */
    String realLogin(Credentials real) {
        String timestamp = String.valueOf(okxTime.now().getEpochSecond());
        ObjectNode login = json.createObjectNode().put("op", "login");
        login.putArray("args").addObject()
                .put("apiKey", real.apiKey().reveal())
                .put("passphrase", real.passphrase().reveal())
                .put("timestamp", timestamp)
                .put("sign", RequestSigner.sign(real.secretKey(), timestamp, "GET", VERIFY_PATH, ""));
        return login.toString();
    }

    private String error(String code, String msg) {
        return json.createObjectNode().put("event", "error").put("code", code).put("msg", msg).toString();
    }
}
