package dev.keyhaven.gateway;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.RequestSigner;
import dev.keyhaven.secret.Credentials;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The REST half of the gateway: checks a bot's request against the session credentials and the policy,
 * signs it again with the real key at the current time, sends it to OKX and hands OKX's answer back
 * unchanged (status, content type and the headers that matter, body).
 */
final class RestRelay extends Handler.Abstract {

    static final String KEY = "OK-ACCESS-KEY";
    static final String SIGN = "OK-ACCESS-SIGN";
    static final String TIMESTAMP = "OK-ACCESS-TIMESTAMP";
    static final String PASSPHRASE = "OK-ACCESS-PASSPHRASE";
    static final String DEMO_HEADER = "x-simulated-trading";

    /**
     * The only bot headers passed on to OKX; the OK-ACCESS-* and demo headers are the gateway's own, and
     * everything else (method overrides, X-Original-URL, X-Forwarded-*, cookies...) stays here.
     */
    private static final Set<String> FORWARDED = Set.of("content-type", "accept", "user-agent");
    /** OKX's requests are small (a batch of 20 orders is a few KiB): a larger body is refused unread. */
    static final int MAX_BODY = 1024 * 1024;
    private static final Refusal TOO_LARGE = new Refusal(413, "50014", "Keyhaven's gateway refuses request bodies "
            + "over 1 MiB; OKX's requests are far smaller.");
    /** Not passed back: the connection's own, what OkHttp undid (compression), OKX's Date (Jetty sets one). */
    private static final Set<String> NOT_RETURNED = Set.of("connection", "content-length", "transfer-encoding",
            "content-encoding", "keep-alive", "set-cookie", "date");

    private final Upstream upstream;
    private final SignatureCheck check;
    private final GatewayPolicy policy;
    private final UsageLedger ledger;
    private final OkHttpClient client;
    private final Clock clock;
    private final OkxTime okxTime;

    RestRelay(Upstream upstream, SignatureCheck check, GatewayPolicy policy, UsageLedger ledger, OkHttpClient client,
              Clock clock, OkxTime okxTime) {
        this.upstream = upstream;
        this.check = check;
        this.policy = policy;
        this.ledger = ledger;
        this.client = client;
        this.clock = clock;
        this.okxTime = okxTime;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        if (!LoopbackOnly.accepts(request)) {
            refuse(response, callback, LoopbackOnly.REFUSAL);
            return true;
        }
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String requestPath = request.getHttpURI().getPathQuery();
        byte[] body = request.getLength() > MAX_BODY ? null : capped(request);
        if (body == null) {
            ledger.refused(TOO_LARGE.code());
            refuse(response, callback, TOO_LARGE);
            return true;
        }
        HttpFields headers = request.getHeaders();
        boolean signed = headers.contains(KEY) || headers.contains(SIGN) || headers.contains(TIMESTAMP)
                || headers.contains(PASSPHRASE);
        Refusal refusal = signed ? check.refusal(headers.get(KEY), headers.get(PASSPHRASE), headers.get(SIGN),
                headers.get(TIMESTAMP), method, requestPath, new String(body, StandardCharsets.UTF_8)) : null;
        if (refusal == null) {
            refusal = policy.refusal(method, requestPath);
        }
        if (refusal != null) {
            ledger.refused(refusal.code());
            refuse(response, callback, refusal);
            return true;
        }
        boolean keyed = signed && !PublicEndpoints.contains(requestPath);
        forward(method, requestPath, body, headers, keyed, response, callback);
        return true;
    }

    /** @param signed true to sign with the real key and count OKX's answer as the key's use (or not) */
    private void forward(String method, String requestPath, byte[] body, HttpFields headers, boolean signed,
                         Response response, Callback callback) {
        HttpUrl url = HttpUrl.parse(upstream.rest().resolve(requestPath));
        if (url == null) {
            ledger.refused("50030");
            refuse(response, callback, new Refusal(404, "50030", "Keyhaven's gateway cannot pass on this address."));
            return;
        }
        String sentPath = url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
        String endpoint = method + " " + url.encodedPath();
        try (okhttp3.Response answer = client.newCall(outgoing(method, url, sentPath, body, headers, signed)).execute()) {
            ResponseBody answerBody = answer.body();
            byte[] bytes = answerBody == null ? new byte[0] : answerBody.bytes();
            if (signed) {
                OkxAnswer okx = OkxAnswer.of(answer.code(), bytes);
                ledger.forwarded(endpoint, okx, clock.instant());
                if ("50102".equals(okx.code())) {
                    okxTime.measureSoon();
                }
            }
            response.setStatus(answer.code());
            answer.headers().forEach(header -> {
                if (!NOT_RETURNED.contains(header.getFirst().toLowerCase(Locale.ROOT))) {
                    response.getHeaders().add(header.getFirst(), header.getSecond());
                }
            });
            response.write(true, ByteBuffer.wrap(bytes), callback);
        } catch (IOException | RuntimeException e) {
            if (signed) {
                ledger.unreachable(endpoint);
            }
            refuse(response, callback, new Refusal(503, "50001", "Keyhaven's gateway could not reach OKX ("
                    + e.getClass().getSimpleName() + "). Try again shortly."));
        }
    }

    /** The bot's request as it goes to OKX: its own headers and body, the real key's signature, the demo header. */
    private okhttp3.Request outgoing(String method, HttpUrl url, String sentPath, byte[] body, HttpFields headers,
                                     boolean signed) {
        okhttp3.Request.Builder outgoing = new okhttp3.Request.Builder().url(url);
        for (HttpField field : headers) {
            if (FORWARDED.contains(field.getLowerCaseName())) {
                outgoing.addHeader(field.getName(), field.getValue());
            }
        }
        if (upstream.environment() == Environment.DEMO) {
            outgoing.header(DEMO_HEADER, "1");
        }
        if (signed) {
            sign(outgoing, method, sentPath, new String(body, StandardCharsets.UTF_8));
        }
        String contentType = headers.get("Content-Type");
        boolean hasBody = body.length > 0 || method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        outgoing.method(method, hasBody ? RequestBody.create(body, contentType == null ? null
                : MediaType.parse(contentType)) : null);
        return outgoing.build();
    }

    /** OKX's four headers for the real key, built at the last moment. */
    private void sign(okhttp3.Request.Builder outgoing, String method, String sentPath, String body) {
        Credentials real = upstream.credentials();
        String timestamp = RequestSigner.timestamp(okxTime.now());
        outgoing.header(KEY, real.apiKey().reveal())
                .header(PASSPHRASE, real.passphrase().reveal())
                .header(TIMESTAMP, timestamp)
                .header(SIGN, RequestSigner.sign(real.secretKey(), timestamp, method, sentPath, body));
    }

    static void refuse(Response response, Callback callback, Refusal refusal) {
        response.setStatus(refusal.status());
        response.getHeaders().put("Content-Type", "application/json");
        response.write(true, ByteBuffer.wrap(refusal.json().getBytes(StandardCharsets.UTF_8)), callback);
    }

    /** The body, or null when it goes past {@link #MAX_BODY} (reading stops there). */
    private static byte[] capped(Request request) throws IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }
}
