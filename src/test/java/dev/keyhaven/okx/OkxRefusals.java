package dev.keyhaven.okx;

import dev.keyhaven.okx.FakeOkxServer.Fault;
import java.util.List;
import java.util.Map;

/**
 * Scripted OKX refusals for {@link FakeOkxServer}, beyond what its own checks produce: every documented error
 * code with the HTTP status and text OKX sends it with (okx-api.md, "Error codes a credential check must
 * explain"), a network OKX does not serve (50121), a timeout then success (50004), a refused funding read.
 * Keyhaven matches on the code; the texts are here so that a test would notice a match on them.
 */
public final class OkxRefusals {

    /** The three signed reads of a check. */
    public static final List<String> SIGNED_READS = List.of(OkxClient.ACCOUNT_CONFIG_PATH,
            OkxClient.ACCOUNT_BALANCE_PATH, OkxClient.ASSET_BALANCES_PATH);

    /** HTTP status per code where okx-api.md gives one; 200 for the rest (OKX's usual for business errors). */
    private static final Map<String, Integer> STATUS = Map.ofEntries(
            Map.entry("50001", 503), Map.entry("50004", 400), Map.entry("50011", 429), Map.entry("50013", 429),
            Map.entry("50026", 500), Map.entry("50035", 403), Map.entry("50100", 400), Map.entry("50101", 401),
            Map.entry("50102", 401), Map.entry("50103", 401), Map.entry("50104", 401), Map.entry("50105", 401),
            Map.entry("50106", 401), Map.entry("50107", 401), Map.entry("50110", 401), Map.entry("50111", 401),
            Map.entry("50112", 401), Map.entry("50113", 401), Map.entry("50114", 401), Map.entry("50119", 401),
            Map.entry("50121", 403));

    /** OKX's own words for some codes, as its v5 docs print them. */
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("50004", "API endpoint request timeout"),
            Map.entry("50030", "No permission to use this API"),
            Map.entry("50110", "Your IP 127.0.0.1 is not included in your API key's IP whitelist."),
            Map.entry("50111", "Invalid OK-ACCESS-KEY"),
            Map.entry("50112", "Invalid OK-ACCESS-TIMESTAMP"),
            Map.entry("50119", "API key doesn't exist"),
            Map.entry("50121", "You can't access our services through the IP address (127.0.0.1)."));

    private OkxRefusals() {
    }

    /** OKX's answer carrying {@code code}, with its documented HTTP status. */
    public static Fault refusal(String code) {
        return Fault.okxError(STATUS.getOrDefault(code, 200), code,
                TEXT.getOrDefault(code, "Refused (" + code + ")"));
    }

    /** Every signed read is refused with {@code code}, as OKX does for a refusal about the key or the caller. */
    public static void refuseSignedReads(FakeOkxServer okx, String code) {
        SIGNED_READS.forEach(path -> okx.failAlways(path, refusal(code)));
    }

    /** 50121: OKX does not serve the caller's network or country at all (a VPN, a data centre, a country). */
    public static void blockNetwork(FakeOkxServer okx) {
        refuseSignedReads(okx, "50121");
    }

    /** 50004 once on {@code path}, then the normal answer. */
    public static void timeOutOnce(FakeOkxServer okx, String path) {
        okx.failNext(path, 1, refusal("50004"));
    }

    /** The funding account's read is refused with {@code code} while the key itself works. */
    public static void refuseFunding(FakeOkxServer okx, String code) {
        okx.failAlways(OkxClient.ASSET_BALANCES_PATH, refusal(code));
    }

    /** A key a trader gave to a platform: named after it and bound to the addresses the platform publishes. */
    public static FakeKey.Builder platformKey(String platform, String... platformIps) {
        return FakeKey.builder().label(platform).ips(platformIps);
    }
}
