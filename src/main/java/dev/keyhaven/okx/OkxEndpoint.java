package dev.keyhaven.okx;

import java.util.Objects;

/** Where private requests go: a checked base URL and the trading environment (demo adds a header). */
public record OkxEndpoint(OkxBaseUrl baseUrl, Environment environment) {

    public OkxEndpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(environment, "environment");
    }

    public static OkxEndpoint of(Region region, Environment environment) {
        return new OkxEndpoint(OkxBaseUrl.of(region), environment);
    }
}
