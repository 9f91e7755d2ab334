package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a password cannot be asked, the advice names the terminals of the system it runs on, and no other's. */
class NoConsoleTest {

    private static String advice(String osName) {
        return NoConsole.cannotAsk("the master password", MasterPasswordReader.PASSWORD_VARIABLE, osName);
    }

    @Test
    void onLinuxItNamesLinuxTerminalsOnly() {
        assertThat(advice("Linux")).contains("GNOME Terminal").contains(MasterPasswordReader.PASSWORD_FILE_VARIABLE)
                .doesNotContain("Windows", "PowerShell", "Command Prompt", "winpty", "Git Bash", "Mac", "iTerm");
    }

    @Test
    void onWindowsItNamesWindowsTerminalsAndGitBashsWay() {
        assertThat(advice("Windows 11")).contains("Windows Terminal", "PowerShell", "Command Prompt", "Git Bash",
                "winpty keyhaven-cli").doesNotContain("GNOME", "xterm", "Mac", "iTerm");
    }

    @Test
    void onAMacItNamesTheMacsTerminals() {
        assertThat(advice("Mac OS X")).contains("Terminal app", "iTerm")
                .doesNotContain("Windows", "winpty", "Git Bash", "GNOME");
    }

    @Test
    void theNewPasswordNamesOnlyItsOwnVariable() {
        assertThat(NoConsole.cannotAsk("the new master password", MasterPasswordReader.NEW_PASSWORD_VARIABLE, "Linux"))
                .contains(MasterPasswordReader.NEW_PASSWORD_VARIABLE)
                .doesNotContain(MasterPasswordReader.PASSWORD_FILE_VARIABLE);
    }
}
