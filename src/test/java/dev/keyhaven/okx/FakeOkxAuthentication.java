package dev.keyhaven.okx;

import dev.keyhaven.okx.FakeOkxServer.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * FakeOkxServer's authentication, in OKX's order: the four headers, the timestamp within 30 s of the server's
 * clock, the key, its site, the passphrase, the signature, the demo header, the IP allowlist. Its signature
 * check is written independently of {@link RequestSigner}, so it can catch a signer bug.
 */
final class FakeOkxAuthentication {

    /** The authenticated key, or the code and message of OKX's refusal (always HTTP 401 without data). */
    record Verdict(FakeKey key, String code, String msg) {

        boolean refused() {
            return key == null;
        }
    }

    private static final Duration TIMESTAMP_TOLERANCE = Duration.ofSeconds(30);

    private final Map<String, FakeKey> keys;
    private final Region site;
    private final Supplier<Instant> serverClock;

    FakeOkxAuthentication(Map<String, FakeKey> keys, Region site, Supplier<Instant> serverClock) {
        this.keys = keys;
        this.site = site;
        this.serverClock = serverClock;
    }

    Verdict authenticate(RecordedRequest request) {
        String apiKey = request.header("OK-ACCESS-KEY");
        String passphrase = request.header("OK-ACCESS-PASSPHRASE");
        String sign = request.header("OK-ACCESS-SIGN");
        String timestamp = request.header("OK-ACCESS-TIMESTAMP");
        if (isEmpty(apiKey)) {
            return refused("50103", "Request header OK-ACCESS-KEY cannot be empty.");
        }
        if (isEmpty(passphrase)) {
            return refused("50104", "Request header OK-ACCESS-PASSPHRASE cannot be empty.");
        }
        if (isEmpty(sign)) {
            return refused("50106", "Request header OK-ACCESS-SIGN cannot be empty.");
        }
        if (isEmpty(timestamp)) {
            return refused("50107", "Request header OK-ACCESS-TIMESTAMP cannot be empty.");
        }
        Instant sentAt;
        try {
            if (!timestamp.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z")) {
                throw new DateTimeParseException("not OKX's format", timestamp, 0);
            }
            sentAt = Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return refused("50112", "Invalid OK-ACCESS-TIMESTAMP");
        }
        if (Duration.between(sentAt, serverClock.get()).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
            return refused("50102", "Timestamp request expired");
        }
        FakeKey key = keys.get(apiKey);
        if (key == null) {
            return refused("50111", "Invalid OK-ACCESS-KEY");
        }
        if (key.region() != site) {
            return refused("50119", "API key doesn't exist");
        }
        if (!constantTimeEquals(passphrase, key.passphrase())) {
            return refused("50105", "OK-ACCESS-PASSPHRASE incorrect");
        }
        String expected = hmacBase64(key.secretKey(), timestamp + request.method() + request.pathAndQuery() + request.body());
        if (!constantTimeEquals(sign, expected)) {
            return refused("50113", "Invalid Sign");
        }
        boolean demoHeader = "1".equals(request.header(OkxClient.DEMO_HEADER));
        if (demoHeader != key.demo()) {
            return refused("50101", "APIKey does not match current environment.");
        }
        if (!key.ips().isEmpty() && !key.ips().contains(request.remoteIp())) {
            return refused("50110", "Your IP " + request.remoteIp() + " is not included in your API key's IP whitelist.");
        }
        return new Verdict(key, null, null);
    }

    private static Verdict refused(String code, String msg) {
        return new Verdict(null, code, msg);
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String hmacBase64(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
