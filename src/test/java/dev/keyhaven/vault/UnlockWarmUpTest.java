package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UnlockWarmUpTest {

    @Test
    void writesAndReadsBackOneMadeUpRecordInMemory() throws Exception {
        assertThat(UnlockWarmUp.run()).isEqualTo(1);
    }

    @Test
    void leavesNoFileBehind() {
        Path strayDatabase = Path.of(":memory:").toAbsolutePath();

        assertThatCode(Vault::warmUp).doesNotThrowAnyException();

        assertThat(Files.exists(strayDatabase)).as("an in-memory database, not a file named :memory:").isFalse();
    }
}
