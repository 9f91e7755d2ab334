package dev.keyhaven.gateway;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Locale;
import org.eclipse.jetty.server.Request;

/**
 * The gateway serves programs on this computer only: the connection must come from a loopback address, and
 * the Host header must name this computer (so a web page that rebinds its name to 127.0.0.1 is refused too).
 */
final class LoopbackOnly {

    static final Refusal REFUSAL = new Refusal(403, "50030", "Keyhaven's gateway answers programs on this "
            + "computer only, at http://127.0.0.1.");

    private LoopbackOnly() {
    }

    static boolean accepts(Request request) {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        if (!(remote instanceof InetSocketAddress address) || address.getAddress() == null
                || !address.getAddress().isLoopbackAddress()) {
            return false;
        }
        String host = request.getHttpURI().getHost();
        if (host == null) {
            return true;
        }
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]") || name.equals("::1");
    }
}
