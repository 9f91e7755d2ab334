package dev.keyhaven.vault;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Keyhaven keeps its files: {@code KEYHAVEN_VAULT} when set, else the operating system's place
 * for application data (XDG on Linux, Application Support on macOS, %APPDATA% on Windows). The desktop
 * app and the command line use the same default, so both see the same vault.
 */
public final class VaultLocation {

    public static final String VAULT_VARIABLE = "KEYHAVEN_VAULT";
    static final String VAULT_FILE_NAME = "vault.keyhaven";

    private final Map<String, String> environment;
    private final String osName;
    private final Path home;

    VaultLocation(Map<String, String> environment, String osName, Path home) {
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
    }

    /** The locations for this process's user and operating system. */
    public static VaultLocation ofThisUser() {
        return new VaultLocation(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /** The vault file: {@code KEYHAVEN_VAULT} when set and not blank, else {@link #dataDirectory()}/vault.keyhaven. */
    public Path defaultVault() {
        String fromVariable = valueOf(VAULT_VARIABLE);
        if (!fromVariable.isEmpty()) {
            return Path.of(fromVariable).toAbsolutePath();
        }
        return dataDirectory().resolve(VAULT_FILE_NAME);
    }

    /** Where the vault and its backups live by default. */
    public Path dataDirectory() {
        if (isWindows()) {
            return windowsAppData().resolve("Keyhaven");
        }
        if (isMac()) {
            return home.resolve("Library").resolve("Application Support").resolve("Keyhaven");
        }
        return xdg("XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("keyhaven");
    }

    /** Where settings that are not secret (window size, theme, timeouts) live. */
    public Path configDirectory() {
        if (isWindows() || isMac()) {
            return dataDirectory();
        }
        return xdg("XDG_CONFIG_HOME", home.resolve(".config")).resolve("keyhaven");
    }

    /** {@code set KEYHAVEN_VAULT="C:\My keys\vault.keyhaven"} in cmd.exe keeps the quotes in the value. */
    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).strip() : value;
    }

    /** The variable's value without surrounding blanks and quotes; "" when unset, blank or only quotes ({@code set X=""}). */
    private String valueOf(String variable) {
        String value = environment.get(variable);
        return value == null ? "" : unquoted(value.strip());
    }

    private Path windowsAppData() {
        String appData = valueOf("APPDATA");
        return appData.isEmpty() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
    }

    private Path xdg(String variable, Path fallback) {
        String value = environment.get(variable);
        // The XDG spec says relative paths are invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private boolean isWindows() {
        return osName.startsWith("windows");
    }

    private boolean isMac() {
        return osName.startsWith("mac");
    }
}
