package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One unit for a backup's size, in the app and the CLI alike (walk 21: "28 KiB" in the CLI, "28 KB" in the app). */
class BackupSizeTest {

    private static Backup ofSize(long bytes) {
        return new Backup("20261203-181000", Path.of("b.keyhaven"), Instant.EPOCH, "manual", bytes);
    }

    @Test
    void sizesAreInKbAndMb() {
        assertThat(ofSize(28 * 1024 + 100).size()).isEqualTo("28 KB");
        assertThat(ofSize(200).size()).isEqualTo("1 KB");
        assertThat(ofSize(3L * 1024 * 1024).size()).isEqualTo("3 MB");
    }
}
