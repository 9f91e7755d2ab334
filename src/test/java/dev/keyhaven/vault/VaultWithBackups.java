package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The set-up of the BackupManager tests: a vault file with one key, and the manager of its backups. */
abstract class VaultWithBackups {

    static final Instant NOW = Instant.parse("2026-11-23T17:45:00Z");
    static final BackupManager.Verifier ACCEPT = copy -> { };

    @TempDir
    Path folder;

    Path vaultFile;
    BackupManager manager;

    @BeforeEach
    void vaultWithOneKey() throws Exception {
        vaultFile = folder.resolve("keys.khvault");
        try (Vault vault = Vault.create(vaultFile, TestKeys.password(), VaultOptions.forTests())) {
            vault.add(TestKeys.draft("bot"));
        }
        manager = BackupManager.forVault(vaultFile);
    }

    /** A backup of the vault file, checked by nothing. */
    Backup create(String reason, Instant when) throws Exception {
        try (VaultDatabase source = VaultDatabase.openReadOnly(vaultFile)) {
            return manager.create(source, reason, when, ACCEPT);
        }
    }

    List<String> filesInBackupsFolder() throws IOException {
        try (Stream<Path> files = Files.list(manager.folder())) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
