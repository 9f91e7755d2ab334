package dev.keyhaven.gateway;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * A request the gateway answers itself, in OKX's own shape ({@code {"msg":"...","code":"50113"}}), so that
 * every OKX client reports it the way it reports OKX's errors.
 *
 * @param status the HTTP status, as OKX would send it
 * @param code   OKX's error code
 * @param msg    the sentence for the bot's log; never a secret
 */
public record Refusal(int status, String code, String msg) {

    /** Authentication failures: HTTP 401 without {@code data}, as OKX answers them. */
    static Refusal unauthorized(String code, String msg) {
        return new Refusal(401, code, msg);
    }

    public String json() {
        String escaped = new String(JsonStringEncoder.getInstance().quoteAsString(msg));
        return "{\"msg\":\"" + escaped + "\",\"code\":\"" + code + "\"" + (status == 401 ? "" : ",\"data\":[]") + "}";
    }
}
