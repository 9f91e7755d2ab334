package dev.keyhaven.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.cli.CliHarness.Result;
import dev.keyhaven.vault.Backup;
import dev.keyhaven.vault.VaultFile;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'backup list' unlocks the vault to compare: it must make no daily backup, which could prune the oldest one
 * between the list a trader read and the 'backup restore ID' they type.
 */
class BackupListKeepsBackupsTest {

    @TempDir
    Path folder;

    @Test
    void listingOnADayTheDailyBackupIsDueMakesAndPrunesNoBackup() throws Exception {
        CliHarness today = new CliHarness(folder).initialised();
        today.add("Spot", FakeCredentials.API_KEY, FakeCredentials.SECRET_KEY, FakeCredentials.PASSPHRASE);
        List<String> before = ids(VaultFile.backups(today.vault()));
        CliHarness twoDaysLater = new CliHarness(folder,
                VaultOptions.forTests().withClock(Clock.offset(Clock.systemUTC(), Duration.ofDays(2))));

        Result list = twoDaysLater.run("backup", "list", "--json");

        assertThat(list.exitCode()).as(list.all()).isZero();
        List<String> listed = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(list.out())) {
            listed.add(row.get("id").asText());
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(before);
        assertThat(ids(VaultFile.backups(today.vault()))).isEqualTo(before);
    }

    private static List<String> ids(List<Backup> backups) {
        return backups.stream().map(Backup::id).toList();
    }
}
