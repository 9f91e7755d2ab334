package dev.keyhaven.cli;

import dev.keyhaven.secret.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where a command that starts another program ({@code run}) takes the master password from, so that
 * the program cannot read it: the prompt, or the first line of standard input with
 * {@code --password-stdin} (read byte by byte, so the program gets the rest of the input untouched).
 * {@code KEYHAVEN_PASSWORD} and {@code KEYHAVEN_PASSWORD_FILE} stay in this process's environment, which
 * the program can read in {@code /proc/<parent>/environ}: they are refused unless the user opts in.
 */
final class MasterPasswordSource {

    /** A master password is one short line; anything longer is not one. */
    private static final int MAX_LINE_BYTES = 4096;

    private final CliContext context;
    private final boolean fromStandardInput;


    private MasterPasswordSource(CliContext context, boolean fromStandardInput) {
        this.context = context;
        this.fromStandardInput = fromStandardInput;
    }

    /**
     * The source for a command that starts a program; refuses (exit 2) a password or password file
     * in the environment unless {@code environmentAllowed}. Call it before anything starts.
     */
    static MasterPasswordSource forStartingAProgram(CliContext context, boolean passwordStdin,
                                                    boolean environmentAllowed) {
        // Refused even with --password-stdin: set, they are in this process's environment either way.
        if (!environmentAllowed) {
            String variable = context.variable(MasterPasswordReader.PASSWORD_VARIABLE) != null
                    ? MasterPasswordReader.PASSWORD_VARIABLE
                    : context.variable(MasterPasswordReader.PASSWORD_FILE_VARIABLE) != null
                            ? MasterPasswordReader.PASSWORD_FILE_VARIABLE : null;
            if (variable != null) {
                throw CliFailure.badInput(variable + " is set, and 'run' refuses it: the program it starts runs as"
                        + " you and could read " + (variable.equals(MasterPasswordReader.PASSWORD_VARIABLE)
                                ? "the master password" : "the password file's path, and then the file,")
                        + " from Keyhaven's environment (/proc) for as long as it runs. Nothing was started. Pipe the"
                        + " password in with --password-stdin (printf '%s\\n' \"$PASS\" | keyhaven run --password-stdin"
                        + " LABEL -- ...) or type it at the prompt, and unset " + variable + " for this command. To"
                        + " accept the risk, add --password-env-ok.");
            }
        }
        return new MasterPasswordSource(context, passwordStdin);
    }

    /** True with --password-stdin. */
    boolean fromStandardInput() {
        return fromStandardInput;
    }

    /** The master password for {@code vault}; the caller closes it. */
    Secret read(Path vault) {
        if (!fromStandardInput) {
            if (!context.terminal().isPresent() && context.variable(MasterPasswordReader.PASSWORD_VARIABLE) == null
                    && context.variable(MasterPasswordReader.PASSWORD_FILE_VARIABLE) == null) {
                throw new CliFailure(KeyhavenCli.EXIT_VAULT, "The vault is locked and there is no terminal to ask for"
                        + " the master password. Send it on the first line of standard input with --password-stdin.");
            }
            return new MasterPasswordReader(context).current(vault);
        }
        return firstLine(context.standardInput());
    }

    /** The first line of {@code input}, read one byte at a time: nothing after the line break is consumed. */
    static Secret firstLine(InputStream input) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        byte[] bytes = null;
        CharBuffer decoded = null;
        try {
            for (int next = input.read(); next >= 0 && next != '\n'; next = input.read()) {
                if (line.size() >= MAX_LINE_BYTES) {
                    throw CliFailure.badInput("The first line of standard input is too long to be a master password."
                            + " With --password-stdin, send the password alone on the first line.");
                }
                line.write(next);
            }
            bytes = line.toByteArray();
            int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, end));
            char[] chars = new char[decoded.remaining()];
            decoded.get(chars);
            if (chars.length == 0) {
                throw CliFailure.badInput("--password-stdin found no master password on the first line of standard"
                        + " input. Send the password alone on the first line, then whatever the program should read.");
            }
            return Secret.wrap(chars);
        } catch (CharacterCodingException e) {
            throw CliFailure.badInput("The first line of standard input is not UTF-8 text, so it cannot be the master"
                    + " password. Send it as plain UTF-8 text.");
        } catch (IOException e) {
            throw CliFailure.badInput("Keyhaven could not read the master password from standard input ("
                    + e.getClass().getSimpleName() + ").");
        } finally {
            wipe(line, bytes, decoded);
        }
    }

    private static void wipe(ByteArrayOutputStream line, byte[] bytes, CharBuffer decoded) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
        byte[] zeros = new byte[line.size()];
        line.reset();
        line.write(zeros, 0, zeros.length);
        if (decoded != null && decoded.hasArray()) {
            Arrays.fill(decoded.array(), '\0');
        }
    }
}
