package dev.keyhaven.keys;

import dev.keyhaven.okx.OkxBaseUrl;
import java.util.Optional;

/**
 * The words for the address a key's requests go to, the same on every face: an address on this computer
 * (a proxy or test tool standing in for OKX) is never called OKX.
 */
public final class KeyAddress {

    private static final String LOCAL = " (a local address, not OKX)";

    private KeyAddress() {
    }

    /** In a sentence: "the address http://127.0.0.1:9 (a local address, not OKX)", or "OKX" for OKX's own. */
    public static String named(String baseUrl) {
        return isLocal(baseUrl) ? "the address " + baseUrl + LOCAL : "OKX";
    }

    /** On an "Address:" line: "http://127.0.0.1:9 (a local address, not OKX)" or "https://www.okx.com (OKX)". */
    public static String value(String baseUrl) {
        return baseUrl + parsed(baseUrl).map(url -> url.isLoopback() ? LOCAL : url.isOkx() ? " (OKX)" : "").orElse("");
    }

    /** True when requests to {@code baseUrl} stay on this computer; false for OKX and for what is no address. */
    public static boolean isLocal(String baseUrl) {
        return parsed(baseUrl).map(OkxBaseUrl::isLoopback).orElse(false);
    }

    private static Optional<OkxBaseUrl> parsed(String baseUrl) {
        if (baseUrl == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OkxBaseUrl.parse(baseUrl));
        } catch (IllegalArgumentException refused) {
            return Optional.empty();
        }
    }
}
