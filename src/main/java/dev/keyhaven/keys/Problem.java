package dev.keyhaven.keys;

import java.util.Objects;

/**
 * One thing a check found, in words a trader understands, with the next step.
 *
 * @param okxCode OKX's error code behind it, or null when it did not come from an OKX answer
 * @param message what is wrong
 * @param fix     what to do about it
 */
public record Problem(ProblemId id, Severity severity, String okxCode, String message, String fix) {

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
    }
}
