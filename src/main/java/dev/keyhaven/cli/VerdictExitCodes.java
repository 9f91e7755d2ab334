package dev.keyhaven.cli;

import dev.keyhaven.keys.KeyVerdict;
import java.util.Collection;

/**
 * The exit code a key's verdict gives {@code check} and {@code run}'s check before a hand-out, so that a
 * bot's wrapper can tell "stop, the key is dangerous" (4) from "the key is refused or needs a fix" (1) and
 * "try again later" (5).
 */
final class VerdictExitCodes {

    private VerdictExitCodes() {
    }

    /** The exit code of one key after a check; {@code ok} is whether the check found nothing to fix. */
    static int of(KeyVerdict verdict, boolean ok) {
        return switch (verdict) {
            case CAN_WITHDRAW -> KeyhavenCli.EXIT_CAN_WITHDRAW;
            case COULD_NOT_CHECK -> KeyhavenCli.EXIT_NOT_CHECKED;
            default -> ok ? KeyhavenCli.EXIT_OK : KeyhavenCli.EXIT_PROBLEM;
        };
    }

    /**
     * The exit code of several keys: the most pressing one's. A dangerous key outweighs a refused one, which
     * outweighs one that could not be checked (trying again later would not fix the others).
     */
    static int worst(Collection<Integer> codes) {
        for (int code : new int[] {KeyhavenCli.EXIT_CAN_WITHDRAW, KeyhavenCli.EXIT_PROBLEM,
            KeyhavenCli.EXIT_NOT_CHECKED}) {
            if (codes.contains(code)) {
                return code;
            }
        }
        return KeyhavenCli.EXIT_OK;
    }
}
