package dev.keyhaven.okx;

import java.util.Set;

/**
 * OKX error codes the client acts on (okx-api.md, "Error codes a credential check must explain"; OKX v5 docs,
 * "Error Code > REST API"). Callers match on codes, never on OKX's texts. What each code means for the trader
 * is decided in one table: keys.OkxCodeTable.
 */
public final class OkxErrorCodes {

    /** "Endpoint request timeout": the outcome is unknown; a read may be retried once. */
    public static final String ENDPOINT_TIMEOUT = "50004";
    /** "No permission to use this API". */
    public static final String NO_API_PERMISSION = "50030";

    public static final String KEY_FROZEN = "50100";
    public static final String WRONG_ENVIRONMENT = "50101";
    public static final String TIMESTAMP_EXPIRED = "50102";
    public static final String WRONG_PASSPHRASE = "50105";
    public static final String IP_NOT_ALLOWED = "50110";
    public static final String INVALID_KEY = "50111";
    public static final String INVALID_TIMESTAMP = "50112";
    public static final String INVALID_SIGNATURE = "50113";
    public static final String INVALID_AUTHORIZATION = "50114";
    public static final String KEY_DOES_NOT_EXIST = "50119";
    public static final String PERMISSION_DENIED = "50120";
    public static final String IP_FORBIDDEN = "50121";
    public static final String RATE_LIMIT = "50011";
    public static final String IP_BINDING_REQUIRED = "50035";

    /** A header was empty: 50103 key, 50104 passphrase, 50106 sign, 50107 timestamp. */
    public static final Set<String> EMPTY_HEADER = Set.of("50103", "50104", "50106", "50107");

    /**
     * OKX's own trouble, not the key's: 50001 service temporarily unavailable, 50004 endpoint request
     * timeout, 50005 API offline or unavailable, 50013 systems busy, 50026 system error.
     */
    public static final Set<String> BUSY = Set.of("50001", ENDPOINT_TIMEOUT, "50005", "50013", "50026");

    /** Compliance, region or KYC restrictions: the user must act on OKX's website or app. */
    public static final Set<String> COMPLIANCE = Set.of("50051", "50052", "50059", "50060", "51155", "51734");

    private OkxErrorCodes() {
    }

    /**
     * Authentication failures: a retry cannot fix them and repeated failures could get the key locked.
     * The expired timestamp is the one exception the client handles (re-sync, retry once).
     */
    public static boolean isAuthentication(String code) {
        return code != null && code.length() == 5 && code.startsWith("501") && !code.equals(TIMESTAMP_EXPIRED);
    }
}
