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
    INPUT_SHAPE
}
