package dev.keyhaven.gateway;

import java.util.List;
import java.util.Locale;

/**
 * The OKX v5 endpoints Keyhaven's gateway keeps from a bot whatever the key may do on OKX, by family. Paths
 * from OKX's v5 documentation and ccxt's okx {@code api} map; compared in lower case, without the query.
 */
public enum EndpointFamily {
    WITHDRAWALS("withdrawals", List.of(
            "/api/v5/asset/withdrawal", "/api/v5/asset/withdrawal-lightning", "/api/v5/asset/cancel-withdrawal",
            "/api/v5/fiat/create-withdrawal", "/api/v5/fiat/cancel-withdrawal")),
    TRANSFERS("transfers between accounts and sub-accounts", List.of(
            "/api/v5/asset/transfer", "/api/v5/asset/subaccount/transfer", "/api/v5/users/subaccount/set-transfer-out",
            "/api/v5/account/move-positions", "/api/v5/broker/nd/set-subaccount-assets")),
    KEY_MANAGEMENT("API key and sub-account management", List.of(
            "/api/v5/users/subaccount/apikey", "/api/v5/users/subaccount/modify-apikey",
            "/api/v5/users/subaccount/subaccount-apikey", "/api/v5/users/subaccount/delete-apikey",
            "/api/v5/users/subaccount/create-subaccount", "/api/v5/broker/nd/create-subaccount",
            "/api/v5/broker/nd/delete-subaccount", "/api/v5/broker/nd/subaccount/apikey",
            "/api/v5/broker/nd/subaccount/modify-apikey", "/api/v5/broker/nd/subaccount/delete-apikey",
            "/api/v5/broker/dma/subaccount/apikey"));

    private final String description;
    private final List<String> paths;

    EndpointFamily(String description, List<String> paths) {
        this.description = description;
        this.paths = paths;
    }

    /** For people: "withdrawals". */
    public String description() {
        return description;
    }

    /** The name a per-key setting uses: "withdrawals", "transfers", "key-management". */
    public String settingName() {
        return switch (this) {
            case WITHDRAWALS -> "withdrawals";
            case TRANSFERS -> "transfers";
            case KEY_MANAGEMENT -> "key-management";
        };
    }

    /**
     * True when {@code path} (lower case, no query) belongs to this family: with any method for the families
     * that change something (a GET to them is refused too, so no method override can slip one through).
     */
    boolean contains(String method, String path) {
        return paths.contains(path);
    }

    static EndpointFamily of(String method, String requestPath) {
        String path = pathOnly(requestPath);
        for (EndpointFamily family : values()) {
            if (family.contains(method, path)) {
                return family;
            }
        }
        return null;
    }

    /** The path without its query, in lower case. */
    static String pathOnly(String requestPath) {
        int query = requestPath.indexOf('?');
        return (query < 0 ? requestPath : requestPath.substring(0, query)).toLowerCase(Locale.ROOT);
    }
}
