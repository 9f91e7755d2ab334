package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuideChoiceTest {

    private static final Instant AT = Instant.parse("2026-11-23T12:00:00Z");

    private static KeyRecord key(long id, Set<String> ticks, Instant archivedAt, Long replacedBy) {
        return new KeyRecord(id, "Key " + id, Purpose.TRADING, Environment.LIVE, Region.GLOBAL, null, "", AT, AT, 0,
                ticks, archivedAt, replacedBy);
    }

    @Test
    void aKeyThatReplacedAnotherShowsTheRotationUntilTheOldKeyIsDeletedOnOkx() {
        List<KeyRecord> archived = List.of(key(1, Set.of(), AT, 2L), key(3, Set.of(), AT, null));

        assertThat(GuideChoice.forKey(key(2, Set.of("rotate-create"), null, null), archived))
                .isEqualTo(ChecklistKind.ROTATE);
        assertThat(GuideChoice.forKey(key(2, Set.of(GuideChoice.ROTATION_FINISHED_STEP), null, null), archived))
                .isEqualTo(ChecklistKind.NEW_KEY);
        assertThat(GuideChoice.forKey(key(4, Set.of(), null, null), archived)).isEqualTo(ChecklistKind.NEW_KEY);
    }

    @Test
    void theFinishingStepIsTheLastStepOfTheRotationChecklist() {
        Checklist rotation = new ChecklistFactory()
                .rotation(Purpose.TRADING, Environment.LIVE, Region.GLOBAL);
        assertThat(rotation.stepIds()).last().isEqualTo(GuideChoice.ROTATION_FINISHED_STEP);
    }

    @Test
    void aKeyAddedAsExistingShowsTheShortCheckNotTheCreationGuide() {
        assertThat(GuideChoice.forKey(key(5, Set.of(GuideChoice.ADDED_EXISTING), null, null), List.of()))
                .isEqualTo(ChecklistKind.EXISTING_KEY);
        assertThat(GuideChoice.forKey(key(6, Set.of("passphrase"), null, null), List.of()))
                .isEqualTo(ChecklistKind.NEW_KEY);
    }
}
