package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.VaultException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The number in "Grid bot (replaced 2026-11-23, archived copy 2)" is given once, when the key is archived: deleting
 * an archived copy for good renames none of the others, and a later copy never takes a name in use nor a lower number
 * than a copy still there.
 */
class ArchivedCopyNumberTest extends KeyLifecycleFixture {

    private static final String FIRST = "Grid bot (replaced 2026-11-23)";

    /** Rotates "Grid bot" once per tag; returns the archived copies' ids, oldest first. */
    private List<Long> rotate(String... tags) throws VaultException {
        List<Long> archived = new ArrayList<>();
        for (String tag : tags) {
            try (Credentials fresh = credentials(tag)) {
                long next = lifecycle.rotate(gridBot, fresh).record().id();
                archived.add(gridBot);
                gridBot = next;
            }
        }
        return archived;
    }

    private List<String> archivedLabels() throws VaultException {
        return vault.archivedKeys().stream().map(KeyRecord::label).sorted().toList();
    }

    @Test
    void deletingTheFirstCopyKeepsTheSecondsNameAndTheNextIsTheThird() throws VaultException {
        List<Long> copies = rotate("one", "two");
        vault.delete(copies.get(0));

        rotate("three");

        assertThat(archivedLabels()).containsExactly("Grid bot (replaced 2026-11-23, archived copy 2)",
                "Grid bot (replaced 2026-11-23, archived copy 3)");
    }

    @Test
    void deletingTheNewestCopyGivesItsNumberToTheNextOneAndNoNameIsTakenTwice() throws VaultException {
        List<Long> copies = rotate("one", "two", "three");
        vault.delete(copies.get(2));

        rotate("four");

        assertThat(archivedLabels()).containsExactly(FIRST, "Grid bot (replaced 2026-11-23, archived copy 2)",
                "Grid bot (replaced 2026-11-23, archived copy 3)");
    }

    @Test
    void withEveryCopyDeletedTheNextIsTheFirstAgain() throws VaultException {
        List<Long> copies = rotate("one", "two");
        for (long copy : copies) {
            vault.delete(copy);
        }

        rotate("three");

        assertThat(archivedLabels()).containsExactly(FIRST);
    }
}
