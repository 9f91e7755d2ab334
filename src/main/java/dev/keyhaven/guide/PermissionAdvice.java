package dev.keyhaven.guide;

import java.util.Objects;

/**
 * What to do with one box of OKX's permission list when creating a key.
 *
 * @param permission the box as OKX names it, e.g. "Withdraw"
 * @param reason     one sentence: why
 */
public record PermissionAdvice(String permission, Advice advice, String reason) {

    public PermissionAdvice {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(reason, "reason");
    }

    public enum Advice {
        /** Tick it: the purpose needs it. */
        TICK,
        /** Leave it empty: the purpose does not need it. */
        LEAVE_OFF,
        /** Never tick it, whatever the purpose: shown in red. */
        NEVER
    }
}
