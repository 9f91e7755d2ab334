package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.VaultException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real second processes: one killed with SIGKILL while writing, one holding the vault open. */
class VaultProcessTest {

    private static final int IDS_BEFORE_KILL = 20;

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    @Test
    void killingAWriterAtAnyMomentLosesNothingThatReturned() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        List<Long> returned = new ArrayList<>();

        for (int round = 0; round < 2; round++) {
            Process writer = start("write");
            returned.addAll(readIdsThenKill(writer));

            // Before any reopening (which would roll back a leftover journal), nothing on disk is plain.
            for (Path path : everyFileUnder(folder)) {
                byte[] bytes = Files.readAllBytes(path);
                for (String plain : List.of("apikey-kill", "secretkey-kill", "passphrase-kill", "notes-kill", "kill-1")) {
                    assertThat(VaultTamperTest.indexOf(bytes, plain.getBytes(StandardCharsets.UTF_8)))
                            .as("%s in %s", plain, path.getFileName()).isEqualTo(-1);
                }
            }
            try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
                for (long id : returned) {
                    assertThat(vault.key(id)).as("key %d, whose add() had returned", id).isPresent();
                    try (Credentials credentials = vault.credentials(id)) {
                        assertThat(credentials.apiKey().reveal()).startsWith("apikey-kill-");
                    }
                }
            }
        }
        assertThat(returned).hasSizeGreaterThanOrEqualTo(2 * IDS_BEFORE_KILL).doesNotHaveDuplicates();
    }

    @Test
    void killingAPasswordChangeAtAnyMomentLeavesTheOldOrTheNewPasswordWorking() throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            for (int i = 0; i < 150; i++) {
                long id = vault.add(TestKeys.draft("key " + i, "flip-" + i)).record().id();
                vault.recordHistory(id, VaultPasswordChangeTest.note("checked " + i));
                ids.add(id);
            }
        }
        String password = TestKeys.PASSWORD;
        java.util.Random random = new java.util.Random(14);
        for (int round = 0; round < 4; round++) {
            Process flipper = start("flip", password);
            BufferedReader output = new BufferedReader(new InputStreamReader(flipper.getInputStream(), StandardCharsets.UTF_8));
            try {
                for (int changes = 0; changes <= round % 2; changes++) {
                    String line = output.readLine();
                    assertThat(line).as("the child's changes, round %d: %s", round,
                            Files.readString(folder.resolve("child-flip.err"))).startsWith("changed ");
                }
                Thread.sleep(random.nextInt(40));
                flipper.destroyForcibly();
                assertThat(flipper.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                flipper.destroyForcibly();
            }
            String opened = null;
            for (String candidate : List.of(password, password + "!")) {
                try (Vault vault = Vault.open(file(), dev.keyhaven.secret.Secret.ofString(candidate), VaultOptions.forTests())) {
                    assertThat(opened).as("only one password opens the vault").isNull();
                    opened = candidate;
                    for (long id : ids) {
                        try (Credentials credentials = vault.credentials(id)) {
                            assertThat(credentials.secretKey().reveal()).startsWith("secretkey-flip-");
                        }
                        assertThat(vault.history(id)).hasSize(1);
                    }
                } catch (VaultException e) {
                    assertThat(e.reason()).as("round %d, %s", round, e.getMessage()).isEqualTo(Reason.WRONG_PASSWORD);
                }
            }
            assertThat(opened).as("round %d: the old or the new password opens the vault", round).isNotNull();
            password = opened;
        }
    }

    @Test
    void aCreateKilledHalfWayLeavesNoVaultAndTheNextCreateWorks() throws Exception {
        Process creator = start("die-creating");
        assertThat(creator.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(creator.exitValue()).as("the child died where it should").isEqualTo(9);
        assertThat(Files.exists(VaultOpening.unfinishedFileOf(file()))).as("the half-made vault, under its temporary name")
                .isTrue();

        assertThat(Files.exists(file())).as("no half-made vault where the next start looks").isFalse();
        assertThat(VaultFile.exists(file())).isFalse();

        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.keys()).isEmpty();
        }
        assertThat(Files.exists(VaultOpening.unfinishedFileOf(file()))).as("the leftover was cleaned").isFalse();
        assertThat(FilePermissions.isOwnerOnly(file())).isTrue();
    }

    @Test
    void aSecondProcessGetsInUseWhileTheFirstHoldsTheVault() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        Process holder = start("hold");
        try (BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(output.readLine()).isEqualTo("ready");

            assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.forTests()))
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.IN_USE);
                        assertThat(e.getMessage()).contains("already open").contains("Close it there");
                    });

            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(holder.exitValue()).isZero();
        } finally {
            holder.destroyForcibly();
        }
        Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close();
    }

    @Test
    void besideAnotherProcessHoldingTheVaultASharedOpeningReadsAndAddsToHistory() throws Exception {
        long id;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            id = vault.add(TestKeys.draft("bot", "beside")).record().id();
        }
        Process holder = start("hold");
        try (BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
             OutputStream input = holder.getOutputStream()) {
            assertThat(output.readLine()).isEqualTo("ready");

            try (Vault shared = Vault.openShared(file(), TestKeys.password(), VaultOptions.forTests())) {
                try (Credentials credentials = shared.credentials(id)) {
                    assertThat(credentials.passphrase().reveal()).isEqualTo("passphrase-beside");
                }
                shared.recordHistory(id, new HistoryEntry(java.time.Instant.EPOCH, HistoryEntry.Kind.HANDOUT,
                        HistoryEntry.Outcome.INFO, "Handed to a bot.", false, null, null, null, null, null));
                assertThatThrownBy(() -> shared.add(TestKeys.draft("mine")))
                        .isInstanceOfSatisfying(VaultException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE));

                input.write("add theirs\n".getBytes(StandardCharsets.UTF_8));
                input.flush();
                assertThat(output.readLine()).as("the holder writes while we read").isEqualTo("added");
                assertThat(shared.keys()).extracting(KeyRecord::label).containsExactly("bot", "theirs");
            }
            input.close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(holder.exitValue()).isZero();
        } finally {
            holder.destroyForcibly();
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(vault.history(id)).extracting(HistoryEntry::summary).containsExactly("Handed to a bot.");
        }
    }

    /** A restore killed between its preparation and its rename leaves its copy: the next opening removes it. */
    @Test
    void aPreparedCopyThatAKilledRestoreLeftIsRemovedAtTheNextOpen() throws Exception {
        long gone;
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            gone = vault.add(TestKeys.draft("Gridbot", "killed")).record().id();
            vault.backups().now("manual");
            vault.recordHistory(gone, BackupGoneOnOkxTest.check(java.time.Instant.now().plusSeconds(60), "KEY_NOT_FOUND"));
        }
        byte[] vaultBefore = Files.readAllBytes(file());
        Process restorer = start("prepare");
        try (BufferedReader output = new BufferedReader(new InputStreamReader(restorer.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(output.readLine()).isEqualTo("prepared");
            restorer.destroyForcibly();
            assertThat(restorer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            restorer.destroyForcibly();
        }
        assertThat(RestoreCopies.all(file())).as("left by the kill").hasSize(1);
        assertThat(Files.readAllBytes(file())).as("the restore never ran").isEqualTo(vaultBefore);

        try (Vault vault = Vault.open(file(), TestKeys.password(), VaultOptions.forTests())) {
            assertThat(GoneOnOkx.saidAt(vault.history(gone))).isPresent();
            assertThat(vault.backups().standings()).hasSize(1);
        }

        assertThat(RestoreCopies.all(file())).as("removed at the open").isEmpty();
    }

    private Process start(String mode) throws IOException {
        return start(mode, TestKeys.PASSWORD);
    }

    private Process start(String mode, String password) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                VaultChildProcess.class.getName(), mode, file().toString())
                .redirectError(folder.resolve("child-" + mode + ".err").toFile())
                .start();
        OutputStream input = process.getOutputStream();
        input.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
        return process;
    }

    /** Ids the writer printed (each after its add() returned) before it was killed. */
    private List<Long> readIdsThenKill(Process writer) throws Exception {
        InputStream output = writer.getInputStream();
        StringBuilder text = new StringBuilder();
        try {
            while (completeLines(text).size() < IDS_BEFORE_KILL) {
                int next = output.read();
                if (next < 0) {
                    throw new AssertionError("the writer stopped early: " + text + " / "
                            + Files.readString(folder.resolve("child-write.err")));
                }
                text.append((char) next);
            }
            // SIGKILL on POSIX, mid-way through a later add(). It also closes our end of the pipe, so
            // ids printed after this point are not read: only the ones read here are checked.
            writer.destroyForcibly();
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }
        List<Long> ids = new ArrayList<>();
        for (String line : completeLines(text)) {
            assertThat(line).as("writer output").matches("\\d+");
            ids.add(Long.parseLong(line));
        }
        return ids;
    }

    /** Lines ended by a line break; a line cut short by the kill does not count. */
    private static List<String> completeLines(StringBuilder text) {
        String all = text.toString();
        int end = all.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(all.substring(0, end).split("\r?\n"));
    }

    private static List<Path> everyFileUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".err")).toList();
        }
    }
}
