package dev.keyhaven.okx;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A REST base URL that is safe to send signed requests to: HTTPS, or plain HTTP to this computer only
 * (127.0.0.0/8, localhost, ::1) for tests and local tools.
 */
public final class OkxBaseUrl {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "[::1]", "::1");

    private final URI uri;

    private OkxBaseUrl(URI uri) {
        this.uri = uri;
    }

    public static OkxBaseUrl of(Region region) {
        return parse(region.restBaseUrl());
    }

    /**
     * Checks and normalises {@code text} (no trailing slash).
     *
     * @throws IllegalArgumentException with a sentence for the user when the URL is not acceptable
     */
    public static OkxBaseUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The base URL is empty. Leave it out to use your region's OKX address.");
        }
        String trimmed = text.strip();
        URI uri;
        try {
            uri = new URI(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a web address. Use one like https://www.okx.com.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("\"" + trimmed + "\" has no host name. Use an address like https://www.okx.com.");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("The base URL must be a plain address like https://www.okx.com, "
                    + "without a user name, query or fragment.");
        }
        if (scheme.equals("http")) {
            if (!isLoopback(host)) {
                throw new IllegalArgumentException("Keyhaven only talks to OKX over HTTPS. \"" + trimmed
                        + "\" uses plain HTTP, which anyone on the way could read: use https:// instead. "
                        + "(Plain HTTP is allowed only to this computer, for tests.)");
            }
        } else if (!scheme.equals("https")) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not an https:// address. Use one like https://www.okx.com.");
        }
        return new OkxBaseUrl(uri);
    }

    /** True for 127.0.0.0/8, localhost and ::1, by name only: no lookup. */
    static boolean isLoopback(String host) {
        String name = IDN.toASCII(host).toLowerCase(Locale.ROOT);
        if (LOOPBACK_NAMES.contains(name)) {
            return true;
        }
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (!part.matches("\\d{1,3}") || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    public boolean isLoopback() {
        return isLoopback(uri.getHost());
    }

    /** The full URL of {@code requestPath}, e.g. {@code /api/v5/account/config}. */
    public String resolve(String requestPath) {
        return uri + requestPath;
    }

    @Override
    public String toString() {
        return uri.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OkxBaseUrl url && url.uri.equals(uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }
}
