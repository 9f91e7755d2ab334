package dev.keyhaven.ui.common;

/**
 * The settings that are not secret, stored as JSON beside the log. Values out of range are brought
 * back into range, so a hand-edited file cannot switch auto-lock or clipboard clearing off.
 *
 * @param window             null until the window has been closed once
 * @param lockWhenMinimised  lock as soon as the window is minimised; null (a settings file written before
 *                           this setting existed) means on
 */
public record AppSettings(
        int autoLockMinutes,
        int clipboardClearSeconds,
        ThemeChoice theme,
        int rotationReminderDays,
        WindowBounds window,
        Boolean lockWhenMinimised) {

    public static final int MAX_AUTO_LOCK_MINUTES = 240;
    public static final int MAX_CLIPBOARD_CLEAR_SECONDS = 300;
    public static final int MIN_ROTATION_DAYS = 7;
    public static final int MAX_ROTATION_DAYS = 730;

    public static final AppSettings DEFAULTS = new AppSettings(5, 15, ThemeChoice.SYSTEM, 90, null, true);

    public AppSettings {
        autoLockMinutes = clamp(autoLockMinutes, 1, MAX_AUTO_LOCK_MINUTES, 5);
        clipboardClearSeconds = clamp(clipboardClearSeconds, 1, MAX_CLIPBOARD_CLEAR_SECONDS, 15);
        rotationReminderDays = clamp(rotationReminderDays, MIN_ROTATION_DAYS, MAX_ROTATION_DAYS, 90);
        theme = theme == null ? ThemeChoice.SYSTEM : theme;
        window = window != null && window.usable() ? window : null;
        lockWhenMinimised = lockWhenMinimised == null || lockWhenMinimised;
    }

    /** The settings before "Lock when minimised" existed; it is on. */
    public AppSettings(int autoLockMinutes, int clipboardClearSeconds, ThemeChoice theme, int rotationReminderDays,
            WindowBounds window) {
        this(autoLockMinutes, clipboardClearSeconds, theme, rotationReminderDays, window, true);
    }

    public AppSettings withAutoLockMinutes(int minutes) {
        return new AppSettings(minutes, clipboardClearSeconds, theme, rotationReminderDays, window, lockWhenMinimised);
    }

    public AppSettings withClipboardClearSeconds(int seconds) {
        return new AppSettings(autoLockMinutes, seconds, theme, rotationReminderDays, window, lockWhenMinimised);
    }

    public AppSettings withTheme(ThemeChoice newTheme) {
        return new AppSettings(autoLockMinutes, clipboardClearSeconds, newTheme, rotationReminderDays, window,
                lockWhenMinimised);
    }

    public AppSettings withRotationReminderDays(int days) {
        return new AppSettings(autoLockMinutes, clipboardClearSeconds, theme, days, window, lockWhenMinimised);
    }

    public AppSettings withWindow(WindowBounds bounds) {
        return new AppSettings(autoLockMinutes, clipboardClearSeconds, theme, rotationReminderDays, bounds,
                lockWhenMinimised);
    }

    public AppSettings withLockWhenMinimised(boolean lock) {
        return new AppSettings(autoLockMinutes, clipboardClearSeconds, theme, rotationReminderDays, window, lock);
    }

    private static int clamp(int value, int min, int max, int whenUnset) {
        if (value == 0) {
            return whenUnset;
        }
        return Math.max(min, Math.min(max, value));
    }
}
