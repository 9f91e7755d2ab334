package dev.keyhaven.gateway;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * What OKX's answer to a forwarded request means for the key's use. OKX deletes an idle key 14 days after its
 * last signed request it accepted; a refusal is not a use. So a request counts as a signed use only when
 * OKX answered it as accepted: HTTP 2xx with OKX's JSON and a {@code code} that is "0" or a business
 * outcome (an order refused for its price or balance, say, codes 51000 and up). General and
 * authentication errors (50000-50199: bad key, signature, timestamp, permission, rate limit, busy
 * exchange), a non-JSON page and a 4xx/5xx are not uses.
 *
 * @param code OKX's code, or null when the body is not OKX's JSON
 */
public record OkxAnswer(int status, String code) {

    private static final JsonFactory JSON = new JsonFactory();

    public static OkxAnswer of(int status, byte[] body) {
        return new OkxAnswer(status, topLevelCode(body));
    }

    public boolean acceptedUse() {
        if (status < 200 || status > 299 || code == null) {
            return false;
        }
        if (code.equals("0")) {
            return true;
        }
        try {
            int number = Integer.parseInt(code);
            return number >= 51000;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** OKX's top-level "code", read without building the whole tree (answers can be large). */
    static String topLevelCode(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("code") && value.isScalarValue()) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
