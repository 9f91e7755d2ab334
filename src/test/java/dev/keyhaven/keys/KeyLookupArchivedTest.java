package dev.keyhaven.keys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code remove --archived}'s lookup, and when a label typed was probably cut at a space. */
class KeyLookupArchivedTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");

    private static KeyRecord key(long id, String label, String archivedAt) {
        return new KeyRecord(id, label, Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", CREATED, CREATED, 0,
                Set.of(), archivedAt == null ? null : Instant.parse(archivedAt), null);
    }

    private static final List<KeyRecord> ARCHIVED = List.of(key(7, "Old grid", "2026-11-02T00:00:00Z"),
            key(8, "Old grid", "2026-11-20T00:00:00Z"), key(9, "Old grid 2", "2026-11-10T00:00:00Z"));

    @Test
    void anArchivedLabelGivesTheNewestArchivedKeyOfThatLabelAndNoOtherName() {
        KeyLookup lookup = KeyLookup.ofArchived("  old GRID ", ARCHIVED);

        assertThat(lookup.archived()).map(KeyRecord::id).contains(8L);
        assertThat(lookup.nearMisses()).as("the key is found: nothing else to suggest").isEmpty();
        assertThat(lookup.found()).isEmpty();
        assertThat(lookup.replacement()).isEmpty();
    }

    @Test
    void aKeyToDeleteForGoodIsNotFoundByALooserMatchOnlySuggested() {
        KeyLookup lookup = KeyLookup.ofArchived("OldGrid", ARCHIVED);

        assertThat(lookup.archived()).isEmpty();
        assertThat(lookup.nearMisses()).containsExactly("Old grid", "Old grid 2");
    }

    @Test
    void nothingTypedFindsNothing() {
        KeyLookup lookup = KeyLookup.ofArchived(null, ARCHIVED);

        assertThat(lookup.archived()).isEmpty();
        assertThat(lookup.nearMisses()).isEmpty();
        assertThat(lookup.cutAtASpace(null)).isFalse();
    }

    @Test
    void theFirstWordsOfALabelWithSpacesWereProbablyCutThere() {
        List<KeyRecord> active = List.of(key(1, "Grid bot 2", null), key(2, "Spot", null));

        assertThat(KeyLookup.of("grid", active, List.of()).cutAtASpace(" GRID ")).isTrue();
        assertThat(KeyLookup.of("grid bot", active, List.of()).cutAtASpace("grid bot")).isTrue();
        assertThat(KeyLookup.of("Spto", active, List.of()).cutAtASpace("Spto")).as("a slip, not a cut").isFalse();
        assertThat(KeyLookup.of("Gridbot2", active, List.of()).cutAtASpace("Gridbot2"))
                .as("the whole label without its spaces").isFalse();
    }
}
