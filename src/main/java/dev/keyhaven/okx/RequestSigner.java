package dev.keyhaven.okx;

import dev.keyhaven.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs private requests the way OKX checks them: Base64(HMAC-SHA256(secret as UTF-8, timestamp + METHOD +
 * requestPath + body)).
 */
public final class RequestSigner {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private RequestSigner() {
    }

    /** The OK-ACCESS-TIMESTAMP value: ISO 8601 in UTC with milliseconds, e.g. 2020-12-08T09:08:57.715Z. */
    public static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    /** The text OKX signs; {@code requestPath} includes the query string exactly as sent, body is "" for GET. */
    public static String prehash(String timestamp, String method, String requestPath, String body) {
        return timestamp + method.toUpperCase(Locale.ROOT) + requestPath + (body == null ? "" : body);
    }

    /** The OK-ACCESS-SIGN value. The secret's bytes are wiped before returning. */
    public static String sign(Secret secretKey, String timestamp, String method, String requestPath, String body) {
        byte[] key = secretKey.utf8();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(prehash(timestamp, method, requestPath, body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            // Every Java runtime ships HmacSHA256; reaching this means a broken JDK, not a user mistake.
            throw new IllegalStateException("This Java runtime cannot compute HMAC-SHA256", e);
        } catch (IllegalArgumentException e) {
            // SecretKeySpec refuses an empty key; its message never contains the key.
            throw new IllegalArgumentException("The secret key is empty: paste it again from OKX.", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
