package dev.keyhaven.keys;

/**
 * Everything a check can find wrong with a key. The names are a contract with the command line's JSON
 * output and with scripts that read it: never rename one.
 */
public enum ProblemId {
    AUTH_WRONG_PASSPHRASE,
    AUTH_INVALID_KEY,
    AUTH_BAD_SIGNATURE,
    KEY_NOT_FOUND,
    WRONG_ENVIRONMENT,
    IP_NOT_ALLOWED,
    CLOCK_SKEW,
    PERMISSION_MISSING,
    PERMISSION_EXCESS,
    WITHDRAW_ENABLED,
    NO_IP_BINDING,
    KEY_FROZEN,
    RATE_LIMITED,
    EXCHANGE_UNAVAILABLE,
    NETWORK,
    REGION_RESTRICTED,
    LABEL_MISMATCH,
    FUNDS_IN_FUNDING,
    INPUT_WHITESPACE,
    INPUT_SHAPE,
    /** OKX refuses the network or country the check came from, for the whole platform (50121). */
    NETWORK_NOT_SERVED,
    /** OKX says Keyhaven's request itself was malformed (50106, 50107, 50112, 50115, 50122): a bug to report. */
    KEYHAVEN_BUG,
    /** A stored credential is empty, so OKX got an empty header (50103, 50104). */
    CREDENTIAL_EMPTY,
    /** OKX refused the authorization without naming the value (50114). */
    AUTH_REFUSED,
    /** A Fast API or broker key that this kind of check cannot use (50116, 50118). */
    KEY_TYPE_UNSUPPORTED,
    /** The key may not use this part of OKX's API (50030). */
    API_NOT_PERMITTED,
    /** OKX has blocked or suspended the account (50007, 50009, 50012). */
    ACCOUNT_BLOCKED,
    /** OKX refused with a code this version does not know; nothing is guessed about the key. */
    OKX_REFUSED,
    /** The key works, but a balance could not be read; the check says why. */
    BALANCE_NOT_READ
}
