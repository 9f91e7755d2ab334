package dev.keyhaven.gateway;

import java.util.List;
import java.util.Set;

/**
 * OKX's public REST endpoints (market data, instruments, announcements...), from ccxt's okx {@code api} map.
 * They need no key, and a request to them does not count as the key's use for OKX's 14-day rule even when
 * signed (python-okx signs everything): the gateway passes them on without the real key's signature and
 * does not count them.
 */
final class PublicEndpoints {

    private static final List<String> PREFIXES = List.of("/api/v5/public/", "/api/v5/market/", "/api/v5/rubik/",
            "/api/v5/system/", "/api/v5/support/", "/api/v5/copytrading/public-", "/api/v5/tradingbot/public/");
    private static final Set<String> PATHS = Set.of("/api/v5/sprd/spreads", "/api/v5/sprd/books",
            "/api/v5/sprd/public-trades", "/api/v5/sprd/ticker", "/api/v5/tradingbot/grid/ai-param",
            "/api/v5/tradingbot/grid/min-investment", "/api/v5/tradingbot/grid/grid-quantity",
            "/api/v5/asset/exchange-list", "/api/v5/finance/staking-defi/eth/apy-history",
            "/api/v5/finance/staking-defi/sol/apy-history", "/api/v5/finance/savings/lending-rate-summary",
            "/api/v5/finance/savings/lending-rate-history", "/api/v5/finance/fixed-loan/lending-offers",
            "/api/v5/finance/fixed-loan/lending-apy-history", "/api/v5/finance/fixed-loan/pending-lending-volume",
            "/api/v5/finance/sfp/dcd/products");

    private PublicEndpoints() {
    }

    /** @param requestPath a path, with or without its query */
    static boolean contains(String requestPath) {
        String path = EndpointFamily.pathOnly(requestPath);
        return PATHS.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
    }
}
