package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How run names a program to Windows, with the system's name given so that it runs on every system
 * (the programs are empty files in temporary folders); {@link WindowsRunCommandTest} starts real ones.
 */
class WindowsCommandLineTest {

    @TempDir
    Path folder;

    private WindowsCommandLine windows(Path workingDirectory, Path... pathFolders) {
        StringBuilder path = new StringBuilder();
        for (Path pathFolder : pathFolders) {
            path.append(pathFolder).append(';');
        }
        return new WindowsCommandLine("Windows 11", Map.of("Path", path.toString(),
                "PATHEXT", ".COM;.EXE;.BAT;.CMD;.VBS;.JS", "ComSpec", "C:\\Windows\\system32\\cmd.exe"), workingDirectory);
    }

    private Path program(Path where, String name) throws Exception {
        Files.createDirectories(where);
        return Files.createFile(where.resolve(name)).toAbsolutePath();
    }

    @Test
    void otherSystemsGetTheCommandAsItIs() {
        List<String> command = List.of("bot", "a & b");
        assertThat(new WindowsCommandLine("Linux", Map.of(), folder).command(command)).isSameAs(command);
        assertThat(new WindowsCommandLine("Mac OS X", Map.of(), folder).command(command)).isSameAs(command);
    }

    @Test
    void aCmdFileOnThePathStartsThroughCmdExeWithItsArgumentsQuoted() throws Exception {
        Path bin = folder.resolve("my bots");
        Path script = program(bin, "grid-bot.cmd");

        List<String> command = windows(folder.resolve("elsewhere"), bin).command(List.of("grid-bot", "--symbol", "BTC-USDT"));

        assertThat(command).containsExactly("C:\\Windows\\system32\\cmd.exe", "/e:ON", "/v:OFF", "/d", "/c",
                "\"\"" + script + "\" \"--symbol\" \"BTC-USDT\"\"");
    }

    @Test
    void theCurrentFolderComesFirstThenThePathInOrderAndPathextDecidesTheExtension() throws Exception {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        program(second, "tool.cmd");
        Path exe = program(first, "tool.exe");
        Path here = program(folder, "local.bat");
        program(first, "local.exe");

        assertThat(windows(folder, first, second).find("tool")).isEqualTo(exe);
        assertThat(windows(folder, first, second).find("local")).isEqualTo(here);
        assertThat(windows(folder, first, second).find("tool.cmd")).isEqualTo(second.resolve("tool.cmd"));
        assertThat(windows(folder, first).find("missing")).isNull();
    }

    @Test
    void anExeStartsDirectlyByItsFullPathAndUnknownProgramsAreLeftToWindows() throws Exception {
        Path python = program(folder.resolve("Python312"), "python.exe");
        WindowsCommandLine windows = windows(folder, folder.resolve("Python312"));

        assertThat(windows.command(List.of("python", "bot.py", "a b"))).containsExactly(python.toString(), "bot.py", "a b");
        assertThat(windows.command(List.of("pythonw", "bot.py"))).containsExactly("pythonw", "bot.py");
    }

    @Test
    void aScriptGivenByItsPathIsFoundWithOrWithoutItsExtension() throws Exception {
        Path script = program(folder.resolve("bots"), "start.bat");

        assertThat(windows(folder).find("bots\\start".replace('\\', java.io.File.separatorChar))).isEqualTo(script);
        assertThat(windows(folder).find(script.toString())).isEqualTo(script);
        assertThat(windows(folder).find(folder.resolve("bots").resolve("bot.py").toString())).isNull();
    }

    @Test
    void argumentsReachTheBatchFileAsTextNeverAsCommands() {
        Path script = Path.of("bot.cmd");
        assertThat(WindowsCommandLine.batchCommandLine(script, List.of("a b & calc", "x|y", "<in>", "(1)^2")))
                .isEqualTo("\"\"bot.cmd\" \"a b & calc\" \"x|y\" \"<in>\" \"(1)^2\"\"");
        // A quote is doubled (cmd.exe stays inside the quotes); backslashes before it are doubled for the program.
        assertThat(WindowsCommandLine.batchCommandLine(script, List.of("say \"hi\" & calc", "a\\\"b")))
                .isEqualTo("\"\"bot.cmd\" \"say \"\"hi\"\" & calc\" \"a\\\\\"\"b\"\"");
        // %PATH% must not be expanded by cmd.exe: each % becomes %%cd:~,% (an empty piece of %cd%).
        assertThat(WindowsCommandLine.batchCommandLine(script, List.of("100%", "%PATH%")))
                .isEqualTo("\"\"bot.cmd\" \"100%%cd:~,%\" \"%%cd:~,%PATH%%cd:~,%\"\"");
        // Trailing backslashes are doubled so that they do not escape the closing quote; empty stays an argument.
        assertThat(WindowsCommandLine.batchCommandLine(script, List.of("C:\\data\\", "")))
                .isEqualTo("\"\"bot.cmd\" \"C:\\data\\\\\" \"\"\"");
    }

    @Test
    void aLineBreakInAnArgumentForABatchFileIsRefusedWithASentence() {
        assertThatThrownBy(() -> WindowsCommandLine.batchCommandLine(Path.of("bot.cmd"), List.of("one\ntwo")))
                .isInstanceOf(CliFailure.class).hasMessageContaining("line break").hasMessageContaining("bot.cmd");
    }
}
