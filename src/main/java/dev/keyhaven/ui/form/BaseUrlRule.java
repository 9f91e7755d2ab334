package dev.keyhaven.ui.form;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A custom REST address must use HTTPS; plain HTTP is allowed only to this computer, for testing. */
final class BaseUrlRule {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private BaseUrlRule() {
    }

    /** The problem with {@code url} as a sentence, or empty when it is blank (the region's host) or fine. */
    static Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("This is not a web address. Use the form https://www.okx.com, or leave it empty.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return Optional.of("The address needs a host, like https://www.okx.com, or leave it empty.");
        }
        if (scheme.equals("https")) {
            return Optional.empty();
        }
        if (scheme.equals("http") && (LOOPBACK_HOSTS.contains(host) || host.startsWith("127."))) {
            return Optional.empty();
        }
        return Optional.of("Use an https:// address: keys must never travel unencrypted."
                + " Plain http is only allowed to this computer, for testing.");
    }
}
