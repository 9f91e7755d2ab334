package dev.keyhaven.okx;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A REST base URL that is safe to send signed requests to: OKX itself (https to okx.com or a host ending
 * in .okx.com, on the default port), or this computer (127.0.0.0/8, localhost, ::1), which stands for OKX
 * in tests and local tools and may use plain HTTP. The one judge of base URLs: the vault, the command
 * line, the form and the checker all ask it.
 */
public final class OkxBaseUrl {

    /** The sentence for an address that is neither OKX nor this computer. */
    public static final String ONLY_OKX = "Keyhaven only talks to OKX (an address ending in okx.com) or, for tests,"
            + " to this computer.";

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "[::1]", "::1");
    private static final String OKX_DOMAIN = "okx.com";
    private static final String EXAMPLE = " Use one like https://www.okx.com, or leave it empty to use your"
            + " region's OKX address.";

    private final URI uri;

    private OkxBaseUrl(URI uri) {
        this.uri = uri;
    }

    public static OkxBaseUrl of(Region region) {
        return parse(region.restBaseUrl());
    }

    /**
     * Checks and normalises {@code text} (no trailing slash, lower-case scheme and host).
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
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a web address." + EXAMPLE);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not an https:// address." + EXAMPLE);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("\"" + trimmed + "\" has no host name." + EXAMPLE);
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null
                || !uri.getRawPath().isEmpty()) {
            throw new IllegalArgumentException("The base URL must be a plain address like https://www.okx.com, "
                    + "without a user name, path, query or fragment.");
        }
        host = host.toLowerCase(Locale.ROOT);
        boolean loopback = isLoopback(host);
        if (!loopback && !isOkxHost(host)) {
            throw new IllegalArgumentException(ONLY_OKX + " \"" + trimmed + "\" is neither." + EXAMPLE);
        }
        if (!loopback && scheme.equals("http")) {
            throw new IllegalArgumentException("Keyhaven only talks to OKX over HTTPS. \"" + trimmed
                    + "\" uses plain HTTP, which anyone on the way could read: use https:// instead.");
        }
        if (!loopback && uri.getPort() != -1 && uri.getPort() != 443) {
            throw new IllegalArgumentException("OKX answers on the standard HTTPS port only: remove \":"
                    + uri.getPort() + "\" from the address.");
        }
        int port = loopback ? uri.getPort() : -1;
        try {
            return new OkxBaseUrl(new URI(scheme, null, host, port, null, null, null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + trimmed + "\" is not a web address." + EXAMPLE);
        }
    }

    /** True for okx.com and its subdomains, by name only. */
    static boolean isOkxHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals(OKX_DOMAIN) || name.endsWith("." + OKX_DOMAIN);
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

    /** True when requests go to this computer (a test server or a local tool standing in for OKX). */
    public boolean isLoopback() {
        return isLoopback(uri.getHost());
    }

    /** True when requests go to OKX itself. */
    public boolean isOkx() {
        return isOkxHost(uri.getHost());
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
