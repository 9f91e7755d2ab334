package dev.keyhaven.gateway;

import dev.keyhaven.okx.RequestSigner;
import dev.keyhaven.secret.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/** A hand-written OKX client, as a bot would have: signs with whatever credentials it is given. */
final class BotClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final Credentials credentials;

    BotClient(String baseUrl, Credentials credentials) {
        this.baseUrl = baseUrl;
        this.credentials = credentials;
    }

    HttpResponse<String> get(String requestPath) {
        return send("GET", requestPath, "", Instant.now());
    }

    HttpResponse<String> post(String requestPath, String body) {
        return send("POST", requestPath, body, Instant.now());
    }

    HttpResponse<String> send(String method, String requestPath, String body, Instant signedAt) {
        return send(method, requestPath, body, signedAt, new String[0]);
    }

    /** @param extraHeaders name, value, name, value... */
    HttpResponse<String> send(String method, String requestPath, String body, Instant signedAt, String... extraHeaders) {
        String timestamp = RequestSigner.timestamp(signedAt);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + requestPath))
                .header("OK-ACCESS-KEY", credentials.apiKey().reveal())
                .header("OK-ACCESS-PASSPHRASE", credentials.passphrase().reveal())
                .header("OK-ACCESS-TIMESTAMP", timestamp)
                .header("OK-ACCESS-SIGN", RequestSigner.sign(credentials.secretKey(), timestamp, method, requestPath, body))
                .header("Content-Type", "application/json");
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        request.method(method, body.isEmpty() && method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
