package dev.keyhaven.ui.status;

import dev.keyhaven.keys.CheckResult;
import dev.keyhaven.keys.Severity;
import dev.keyhaven.ui.common.KeyStatus;

/** The one-line answer at the top of the status panel, from the newest check. */
public enum CheckVerdict {
    WORKS("Works", KeyStatus.VERIFIED),
    WORKS_WITH_WARNINGS("Works with warnings", KeyStatus.WARNINGS),
    FAILING("Failing", KeyStatus.FAILING),
    NEVER_CHECKED("Never checked", KeyStatus.NEVER_CHECKED);

    private final String text;
    private final KeyStatus mark;

    CheckVerdict(String text, KeyStatus mark) {
        this.text = text;
        this.mark = mark;
    }

    /** The verdict of {@code newestCheck}, which is null when the key was never checked. */
    public static CheckVerdict of(CheckResult newestCheck) {
        if (newestCheck == null) {
            return NEVER_CHECKED;
        }
        if (!newestCheck.ok()) {
            return FAILING;
        }
        return newestCheck.count(Severity.WARNING) > 0 ? WORKS_WITH_WARNINGS : WORKS;
    }

    public String text() {
        return text;
    }

    /** The key list's mark for the same state, so both read alike. */
    public KeyStatus mark() {
        return mark;
    }
}
