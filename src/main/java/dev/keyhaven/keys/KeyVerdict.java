package dev.keyhaven.keys;

/**
 * The one word for where a key stands, shown alike by the key list, the status panel, Check all and the
 * command line. {@link #text()} is for people; {@link #word()} is for scripts ({@code list --json},
 * {@code check --json}) and never changes once released.
 */
public enum KeyVerdict {
    /** OKX accepted the key and found nothing to fix. */
    WORKS("Works", "ok"),
    /** OKX accepted the key; something deserves a look (e.g. a trade key without a bound IP). */
    WORKS_WITH_WARNINGS("Works with warnings", "warning"),
    /** OKX accepted the key, but it cannot do its job as it is (e.g. a bot's key that may not trade). */
    NEEDS_FIX("Needs a fix", "needs-fix"),
    /** OKX said the key may withdraw: it works, and it is dangerous. */
    CAN_WITHDRAW("Can withdraw!", "withdraw-enabled"),
    /** OKX answered and refused the key (wrong passphrase, deleted, IP not allowed...). */
    REJECTED("Rejected by OKX", "rejected"),
    /** The check did not get OKX's word on the key: no network, OKX down or busy, this computer's clock. */
    COULD_NOT_CHECK("Could not check", "could-not-check"),
    /** The credentials were changed after the newest check: what it said was about the old values. */
    CHANGED("Changed, not checked", "changed-not-checked"),
    NEVER_CHECKED("Never checked", "never-checked");

    private final String text;
    private final String word;

    KeyVerdict(String text, String word) {
        this.text = text;
        this.word = word;
    }

    /** For people, e.g. "Rejected by OKX". */
    public String text() {
        return text;
    }

    /** For scripts, e.g. "rejected". */
    public String word() {
        return word;
    }

    /** True when OKX accepted the key at the check this verdict comes from. */
    public boolean acceptedByOkx() {
        return this == WORKS || this == WORKS_WITH_WARNINGS || this == NEEDS_FIX || this == CAN_WITHDRAW;
    }

    /** True when the trader has something to do: anything but a key that simply works. */
    public boolean needsAttention() {
        return this != WORKS;
    }
}
