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

class KeyLookupTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T08:00:00Z");

    private static KeyRecord active(long id, String label) {
        return new KeyRecord(id, label, Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", CREATED, CREATED, 0,
                Set.of(), null, null);
    }

    private static KeyRecord archived(long id, String label, String at, Long replacedBy) {
        return new KeyRecord(id, label, Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", CREATED, CREATED, 0,
                Set.of(), Instant.parse(at), replacedBy);
    }

    private static final List<KeyRecord> ACTIVE = List.of(active(1, "Trading bot"), active(2, "Grid bot 2"),
            active(3, "Spot"));

    @Test
    void anActiveLabelIsFoundWhateverItsCaseAndOuterSpaces() {
        KeyLookup lookup = KeyLookup.of("  trading BOT ", ACTIVE, List.of(archived(9, "Trading bot", "2026-11-02T00:00:00Z", null)));

        assertThat(lookup.found()).map(KeyRecord::id).contains(1L);
        assertThat(lookup.archived()).isEmpty();
        assertThat(lookup.replacement()).isEmpty();
        assertThat(lookup.nearMisses()).isEmpty();
    }

    @Test
    void anArchivedLabelGivesTheNewestArchivedKeyAndItsReplacement() {
        List<KeyRecord> old = List.of(archived(7, "Old grid", "2026-11-02T00:00:00Z", 3L),
                archived(8, "Old grid", "2026-11-20T00:00:00Z", 2L), archived(6, "Old grid", "2026-11-10T00:00:00Z", null));

        KeyLookup lookup = KeyLookup.of("old grid", ACTIVE, old);

        assertThat(lookup.found()).isEmpty();
        assertThat(lookup.archived()).map(KeyRecord::id).contains(8L);
        assertThat(lookup.replacement()).map(KeyRecord::label).contains("Grid bot 2");
        assertThat(lookup.nearMisses()).isEmpty();
    }

    @Test
    void anArchivedLabelTypedWithoutItsSpacesIsStillFound() {
        KeyLookup lookup = KeyLookup.of("OldGrid", ACTIVE, List.of(archived(7, "Old grid", "2026-11-02T00:00:00Z", null)));

        assertThat(lookup.archived()).map(KeyRecord::id).contains(7L);
        assertThat(lookup.replacement()).isEmpty();
    }

    @Test
    void aReplacementNoLongerActiveIsNotNamed() {
        KeyLookup lookup = KeyLookup.of("Old grid", ACTIVE, List.of(archived(7, "Old grid", "2026-11-02T00:00:00Z", 44L)));

        assertThat(lookup.archived()).isPresent();
        assertThat(lookup.replacement()).isEmpty();
    }

    @Test
    void nearMissesDifferInSpacesCaseOrALetterOrTwo() {
        assertThat(KeyLookup.of("tradingbot", ACTIVE, List.of()).nearMisses()).containsExactly("Trading bot");
        assertThat(KeyLookup.of("Trading_bot", ACTIVE, List.of()).nearMisses()).containsExactly("Trading bot");
        assertThat(KeyLookup.of("Tradng bott", ACTIVE, List.of()).nearMisses()).containsExactly("Trading bot");
        assertThat(KeyLookup.of("grid", ACTIVE, List.of()).nearMisses()).containsExactly("Grid bot 2");
        assertThat(KeyLookup.of("Spto", ACTIVE, List.of()).nearMisses()).containsExactly("Spot");
        assertThat(KeyLookup.of("bot", List.of(active(1, "Bot A"), active(2, "bot b")), List.of()).nearMisses())
                .containsExactly("Bot A", "bot b");
    }

    @Test
    void labelsFarFromTheOneTypedAreNoNearMiss() {
        assertThat(KeyLookup.of("Futures hedge", ACTIVE, List.of()).nearMisses()).isEmpty();
        assertThat(KeyLookup.of("Spxx", ACTIVE, List.of()).nearMisses()).as("two of four letters").isEmpty();
        assertThat(KeyLookup.of("gr", ACTIVE, List.of()).nearMisses()).as("too short a start").isEmpty();
        assertThat(KeyLookup.of("gri", ACTIVE, List.of()).nearMisses()).as("three letters start it").containsExactly("Grid bot 2");
        assertThat(KeyLookup.of("   ", ACTIVE, List.of()).nearMisses()).isEmpty();
        assertThat(KeyLookup.of(null, ACTIVE, List.of()).found()).isEmpty();
    }

    @Test
    void theDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(KeyLookup.near("abcdefgh", "abcdefg")).isTrue();
        assertThat(KeyLookup.near("abcdefgh", "abcdefghij")).isTrue();
        assertThat(KeyLookup.near("abcdefgh", "abxdefgy")).isTrue();
        assertThat(KeyLookup.near("abcdefgh", "abxdyfgz")).isFalse();
        assertThat(KeyLookup.near("abcdefghijklmnop", "abcxefghijklmnoy")).isTrue();
        assertThat(KeyLookup.near("abcdefghijklmnop", "xbcdefghijklmnpq")).isFalse();
        assertThat(KeyLookup.near("kitten", "sitting")).isFalse();
        assertThat(KeyLookup.near("sitting", "sittin")).isTrue();
        assertThat(KeyLookup.near("abcdefgh", "bacdefhg")).as("two swaps").isTrue();
        assertThat(KeyLookup.near("abcd", "acbd")).as("a swap").isTrue();
        assertThat(KeyLookup.near("abcd", "adcb")).as("not neighbours").isFalse();
    }

    @Test
    void anArchivedKeyOfAnotherLabelIsNotFound() {
        KeyLookup lookup = KeyLookup.of("Spto", ACTIVE, List.of(archived(7, "Old grid", "2026-11-02T00:00:00Z", 3L)));

        assertThat(lookup.archived()).isEmpty();
        assertThat(lookup.nearMisses()).containsExactly("Spot");
    }

    @Test
    void aLabelOfOnlySpacesAndDashesIsNearNothing() {
        assertThat(KeyLookup.near("- -", "abc")).as("three letters from none").isFalse();
        assertThat(KeyLookup.near("- -", "")).as("nothing typed").isFalse();
    }
}
