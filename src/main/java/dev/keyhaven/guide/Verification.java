package dev.keyhaven.guide;

/** What Keyhaven can find out by itself, so that a step ticks without the trader's help. */
public enum Verification {
    /** The three values are stored in the vault. */
    CREDENTIALS_SAVED,
    /** The last check was accepted by OKX. */
    CHECK_PASSED,
    /** OKX reports exactly the permissions the key's purpose needs. */
    PERMISSIONS_MATCH,
    /** OKX reports that the key cannot withdraw. */
    WITHDRAW_OFF,
    /** OKX reports at least one IP address bound to the key. */
    IP_BOUND,
    /** OKX said, when asked after a revocation, that it no longer knows the key: it is deleted there. */
    GONE_ON_OKX
}
