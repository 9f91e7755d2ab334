package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What lands on disk: no plaintext anywhere, and files only their owner can read. */
class VaultFilesTest {

    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    @TempDir
    Path folder;

    /** In a folder Keyhaven makes itself, as its default one: on Windows SQLite's journal inherits its ACL. */
    private Path file() {
        return folder.resolve("vault").resolve("keys.khvault");
    }

    @Test
    @Tag("mutation-redundant")
    void noSecretLabelOrNoteReachesTheVaultItsJournalOrItsBackups() throws Exception {
        List<String> plaintexts = new ArrayList<>(List.of(TestKeys.PASSWORD));
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            long kept = vault.add(TestKeys.draft("Kept bot", "kept")).record().id();
            long edited = vault.add(TestKeys.draft("Edited bot", "before-edit")).record().id();
            long deleted = vault.add(TestKeys.draft("Deleted bot", "deleted")).record().id();
            vault.recordHistory(kept, new HistoryEntry(Instant.EPOCH, HistoryEntry.Kind.CHECK,
                    HistoryEntry.Outcome.OK, "summary-kept", true, null, List.of("198.51.100.23"), "uid-kept-4711",
                    List.of(), null));
            vault.backups().now("manual");

            vault.update(edited, new KeyDraft("Renamed bot", Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL,
                    null, "notes-after-edit", 0, TestKeys.credentials("apikey-after-edit", "secretkey-after-edit",
                            "passphrase-after-edit")));
            vault.delete(deleted);
            vault.backups().now("manual");

            // A write transaction held open by another connection leaves the journal on disk to inspect.
            try (RawVaultFile raw = new RawVaultFile(file())) {
                raw.execute("BEGIN IMMEDIATE");
                raw.execute("UPDATE keys SET updated_at = updated_at + 1");
                Path journal = file().resolveSibling("keys.khvault-journal");
                assertThat(journal).exists();
                assertOwnerOnly(journal);
                assertContainsNone(journal, plaintexts("kept", "before-edit", "deleted", "after-edit"));
                raw.execute("ROLLBACK");
            }
        }
        plaintexts.addAll(plaintexts("kept", "before-edit", "deleted", "after-edit"));
        plaintexts.addAll(List.of("Kept bot", "Edited bot", "Deleted bot", "Renamed bot", "summary-kept",
                "198.51.100.23", "uid-kept-4711"));

        List<Path> written = everyFileUnder(folder);
        assertThat(written).extracting(path -> path.getFileName().toString())
                .contains("keys.khvault", "keys.khvault.lock")
                .anyMatch(name -> name.endsWith(".manual.khbackup"));
        for (Path path : written) {
            assertContainsNone(path, plaintexts);
        }
        // The search itself works: it finds what SQLite does write in plain text.
        assertThat(VaultTamperTest.indexOf(Files.readAllBytes(file()), "SQLite format 3".getBytes(StandardCharsets.UTF_8)))
                .isZero();
    }

    @Test
    @Tag("mutation-redundant")
    void theVaultItsBackupsAndItsLockAreOwnerOnly() throws Exception {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null,
                "POSIX file modes only; WindowsAclTest reads Windows ACLs back");
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("bot"));
            vault.backups().now("manual");
        }
        Path backups = file().resolveSibling("keys.khvault.backups");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups))).isEqualTo("rwx------");
        for (Path path : everyFileUnder(folder)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                    .as(path.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void aVaultFileMadeReadableByOthersIsTightenedOnUnlock() throws Exception {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null,
                "POSIX file modes only; WindowsAclTest reads Windows ACLs back");
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        Vault.open(file(), TestKeys.password(), VaultOptions.forTests()).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void aVaultInAMissingFolderGetsAnOwnerOnlyFolder() throws Exception {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null,
                "POSIX file modes only; WindowsAclTest reads Windows ACLs back");
        Path nested = folder.resolve("Keyhaven").resolve("keys.khvault");

        Vault.create(nested, TestKeys.password(), VaultOptions.forTests()).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(nested.getParent()))).isEqualTo("rwx------");
    }

    private static List<String> plaintexts(String... tags) {
        List<String> values = new ArrayList<>();
        for (String tag : tags) {
            for (String kind : List.of("apikey-", "secretkey-", "passphrase-", "notes-")) {
                values.add(kind + tag);
            }
        }
        return values;
    }

    private static void assertContainsNone(Path file, List<String> plaintexts) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (String plaintext : plaintexts) {
            for (Charset encoding : ENCODINGS) {
                assertThat(VaultTamperTest.indexOf(bytes, plaintext.getBytes(encoding)))
                        .as("\"%s\" in %s as %s", plaintext, file.getFileName(), encoding)
                        .isEqualTo(-1);
            }
        }
    }

    private static void assertOwnerOnly(Path file) throws IOException {
        assertThat(FilePermissions.isOwnerOnly(file)).as(file + " is owner-only").isTrue();
    }

    private static List<Path> everyFileUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
