package dev.keyhaven.vault;

import dev.keyhaven.secret.Secret;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A second process for {@link VaultProcessTest}. It reads the master password from its standard input
 * (never from its arguments), then:
 * <ul>
 *   <li>{@code write <vault>}: adds keys in a loop and prints each id once {@code add} has returned;</li>
 *   <li>{@code hold <vault>}: opens the vault, prints "ready", and keeps it open until its input closes;</li>
 *   <li>{@code flip <vault>}: changes the password from the one it read to that one plus "!" and back, in a
 *   loop, printing "changed N" after each change has returned;</li>
 *   <li>{@code die-creating <vault>}: dies (as by SIGKILL: no clean-up runs) half-way through creating a
 *   vault, after its tables exist and before its header is written;</li>
 *   <li>{@code prepare <vault>}: prepares the restore of the vault's oldest backup as the app does, locks the vault,
 *   prints "prepared" and waits, its prepared copy on disk, for a restore the test kills it before.</li>
 * </ul>
 */
public final class VaultChildProcess {

    private VaultChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Path file = Path.of(args[1]);
        if (args[0].equals("die-creating")) {
            dieWhileCreating(file, input.readLine());
            return;
        }
        if (args[0].equals("prepare")) {
            prepareThenWait(file, input, out);
            return;
        }
        if (args[0].equals("flip")) {
            flipPasswords(file, input.readLine(), out);
            return;
        }
        try (Secret password = Secret.ofString(input.readLine());
             Vault vault = Vault.open(file, password, VaultOptions.forTests())) {
            if (args[0].equals("write")) {
                int start = vault.keys().size();
                for (int i = start; i < start + 100_000; i++) {
                    long id = vault.add(TestKeys.draft("kill-" + i, "kill-" + i)).record().id();
                    out.println(id);
                    out.flush();
                }
            } else {
                out.println("ready");
                out.flush();
                // Until the test closes our input: "add LABEL" adds a key and answers "added".
                for (String line = input.readLine(); line != null; line = input.readLine()) {
                    if (line.startsWith("add ")) {
                        vault.add(TestKeys.draft(line.substring(4)));
                        out.println("added");
                        out.flush();
                    }
                }
            }
        } catch (VaultException e) {
            out.println("error " + e.reason());
            out.flush();
            System.exit(1);
        }
    }

    private static void flipPasswords(Path file, String password, PrintStream out) throws VaultException {
        String[] passwords = {password, password + "!"};
        try (Vault vault = Vault.open(file, Secret.ofString(password), VaultOptions.forTests())) {
            for (int n = 0; n < 100_000; n++) {
                vault.changePassword(Secret.ofString(passwords[n % 2]), Secret.ofString(passwords[(n + 1) % 2]));
                out.println("changed " + n);
                out.flush();
            }
        }
    }

    private static void prepareThenWait(Path file, BufferedReader input, PrintStream out) throws Exception {
        PreparedRestore prepared;
        try (Secret password = Secret.ofString(input.readLine());
             Vault vault = Vault.open(file, password, VaultOptions.forTests())) {
            List<Backup> backups = vault.backups().standings().stream().map(BackupStanding::backup).toList();
            prepared = vault.backups().prepareRestore(backups.get(backups.size() - 1));
        }
        out.println("prepared");
        out.flush();
        input.readLine();
        try (prepared) {
            VaultFile.restore(file, prepared, VaultOptions.forTests());
        }
    }

    private static void dieWhileCreating(Path file, String password) throws VaultException {
        Schema current = Schema.current();
        Schema dying = new Schema(List.of(new Migration(1, "the tables, then death", connection -> {
            current.migrate(connection, 0);
            Runtime.getRuntime().halt(9);
        })));
        try (Secret secret = Secret.ofString(password)) {
            VaultOpening.create(file, secret, VaultOptions.forTests(), dying).close();
        }
    }
}
