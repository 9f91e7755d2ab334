package dev.keyhaven.gateway;

import dev.keyhaven.okx.RequestSigner;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Checks a bot's request against the session credentials with OKX's own rules and codes: headers present,
 * timestamp in OKX's format and within 30 s of this computer's clock (an older request replayed is
 * refused), the key, the passphrase, then the signature over timestamp + METHOD + requestPath + body.
 */
final class SignatureCheck {

    static final Duration TOLERANCE = Duration.ofSeconds(30);
    private static final Pattern ISO_MILLIS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");

    private final Credentials session;
    private final Clock clock;

    SignatureCheck(Credentials session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** The refusal for a request that does not verify, or null when it does. */
    Refusal refusal(String apiKey, String passphrase, String sign, String timestamp, String method,
                    String requestPath, String body) {
        if (isEmpty(apiKey)) {
            return Refusal.unauthorized("50103", "Request header OK-ACCESS-KEY cannot be empty.");
        }
        if (isEmpty(passphrase)) {
            return Refusal.unauthorized("50104", "Request header OK-ACCESS-PASSPHRASE cannot be empty.");
        }
        if (isEmpty(sign)) {
            return Refusal.unauthorized("50106", "Request header OK-ACCESS-SIGN cannot be empty.");
        }
        if (isEmpty(timestamp)) {
            return Refusal.unauthorized("50107", "Request header OK-ACCESS-TIMESTAMP cannot be empty.");
        }
        Refusal timing = timing(timestamp);
        if (timing != null) {
            return timing;
        }
        if (!matches(session.apiKey(), apiKey)) {
            return Refusal.unauthorized("50111", "Invalid OK-ACCESS-KEY: use the session key Keyhaven gave this "
                    + "program in OKX_API_KEY.");
        }
        if (!matches(session.passphrase(), passphrase)) {
            return Refusal.unauthorized("50105", "OK-ACCESS-PASSPHRASE incorrect: use OKX_PASSPHRASE from Keyhaven.");
        }
        String expected = RequestSigner.sign(session.secretKey(), timestamp, method, requestPath, body);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), sign.getBytes(StandardCharsets.UTF_8))) {
            return Refusal.unauthorized("50113", "Invalid Sign: sign with OKX_SECRET_KEY from Keyhaven, over "
                    + "timestamp + method + path with query + body.");
        }
        return null;
    }

    private Refusal timing(String timestamp) {
        Instant sentAt;
        try {
            if (!ISO_MILLIS.matcher(timestamp).matches()) {
                throw new DateTimeParseException("not OKX's format", timestamp, 0);
            }
            sentAt = Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            return Refusal.unauthorized("50112", "Invalid OK-ACCESS-TIMESTAMP: ISO 8601 in UTC with milliseconds, "
                    + "e.g. 2020-12-08T09:08:57.715Z.");
        }
        if (Duration.between(sentAt, clock.instant()).abs().compareTo(TOLERANCE) > 0) {
            return Refusal.unauthorized("50102", "Timestamp request expired: more than 30 seconds from this "
                    + "computer's clock.");
        }
        return null;
    }

    /** Compares in time that depends only on the lengths. */
    static boolean matches(Secret expected, String given) {
        return expected.apply(chars -> {
            byte[] a = new String(chars).getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(a, given.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
