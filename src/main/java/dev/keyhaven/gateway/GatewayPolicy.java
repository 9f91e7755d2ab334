package dev.keyhaven.gateway;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the gateway lets a bot ask of OKX, stricter than OKX's permissions: never a withdrawal; no transfer
 * between accounts or sub-accounts and no API-key management unless the key's own setting allows it; for a
 * read-only key, reads only (REST GET; WebSocket login and subscriptions).
 */
public final class GatewayPolicy {

    /** A plain OKX path: no encoded characters, dot segments, doubled slashes or trailing slash to hide behind. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/api/v5(/[A-Za-z0-9_\\-]+)+");
    private static final Set<String> READ_ONLY_WS_OPS = Set.of("login", "subscribe", "unsubscribe");
    /** OKX's WebSocket trading operations (order, spread order and their batch, amend and cancel forms). */
    private static final Set<String> TRADING_WS_OPS = Set.of("order", "batch-orders", "cancel-order",
            "batch-cancel-orders", "amend-order", "batch-amend-orders", "mass-cancel", "sprd-order",
            "sprd-cancel-order", "sprd-amend-order", "sprd-mass-cancel");

    private final PolicySetting setting;
    private final boolean readOnly;

    /**
     * @param keyReadOnly true when the key is for reading only (its purpose, or OKX's last word on its
     *                    permissions)
     */
    public GatewayPolicy(PolicySetting setting, boolean keyReadOnly) {
        this.setting = setting;
        this.readOnly = keyReadOnly || setting.readOnly();
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** The refusal for a REST request the policy does not let through, or null. */
    public Refusal refusal(String method, String requestPath) {
        int query = requestPath.indexOf('?');
        String path = query < 0 ? requestPath : requestPath.substring(0, query);
        if (!PLAIN_PATH.matcher(path).matches()) {
            return new Refusal(404, "50030", "Keyhaven's gateway passes OKX v5 paths only (/api/v5/...), written "
                    + "plainly: no encoded characters, dots or doubled slashes.");
        }
        EndpointFamily family = EndpointFamily.of(method, requestPath);
        if (family != null && !setting.allowed().contains(family)) {
            return new Refusal(403, "50030", "Refused by Keyhaven's gateway policy: bots may not use "
                    + family.description() + " (" + EndpointFamily.pathOnly(requestPath) + "). "
                    + (family == EndpointFamily.WITHDRAWALS ? "Withdraw on the OKX website or app."
                            : "Do it on the OKX website or app, or allow it in the key's notes in Keyhaven."));
        }
        String lower = EndpointFamily.pathOnly(requestPath);
        for (String blocked : setting.blockedPaths()) {
            if (lower.equals(blocked) || lower.startsWith(blocked + "/")) {
                return new Refusal(403, "50030", "Refused by Keyhaven's gateway policy: this key's notes block "
                        + blocked + ".");
            }
        }
        if (readOnly && !method.equals("GET")) {
            return readOnlyRefusal(path);
        }
        return null;
    }

    /** The refusal for a WebSocket operation ({@code op}) the policy does not let through, or null. */
    public Refusal refusalOfOperation(String op) {
        if (READ_ONLY_WS_OPS.contains(op)) {
            return null;
        }
        if (!TRADING_WS_OPS.contains(op)) {
            return new Refusal(403, "50030", "Refused by Keyhaven's gateway policy: WebSocket op \"" + op
                    + "\" is not one the gateway passes (login, subscribe, unsubscribe and OKX's trading ops).");
        }
        return readOnly ? readOnlyRefusal("WebSocket op \"" + op + "\"") : null;
    }

    private static Refusal readOnlyRefusal(String what) {
        return new Refusal(403, "50120", "Refused by Keyhaven's gateway policy: this key is for reading only, so "
                + "bots may not change anything with it (" + what + "). Use a trading key for a trading bot.");
    }
}
