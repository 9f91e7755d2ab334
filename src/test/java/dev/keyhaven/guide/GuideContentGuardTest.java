package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.guide.GuideContent.ChecklistTemplate;
import dev.keyhaven.guide.GuideContent.Condition;
import dev.keyhaven.guide.GuideContent.StepTemplate;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the factory reads content other than the shipped one: conditions, missing parts, placeholders. */
class GuideContentGuardTest {


    private static StepTemplate step(String id, String body, Condition when) {
        return new StepTemplate(id, "Step " + id, body, null, null, null, false, when, null);
    }

    private static ChecklistFactory factory(Map<Purpose, String> uses, StepTemplate... steps) {
        return new ChecklistFactory(new GuideContent(uses,
                Map.of(ChecklistKind.NEW_KEY, new ChecklistTemplate("A key for {use}", List.of(steps)))));
    }

    @Test
    void aStepWithoutAConditionAppearsEverywhereAndAConditionsMissingSetMatchesEveryValue() {
        ChecklistFactory factory = factory(Map.of(Purpose.TRADING, "your bot"),
                step("always", "Always.", null),
                step("demo", "Demo only.", new Condition(null, Set.of(Environment.DEMO), null)),
                step("us", "US only.", new Condition(null, null, Set.of(Region.US))),
                step("trading", "Trading only.", new Condition(Set.of(Purpose.TRADING), null, null)));

        assertThat(factory.newKey(Purpose.TRADING, Environment.DEMO, Region.EEA).stepIds())
                .containsExactly("always", "demo", "trading");
        assertThat(factory.newKey(Purpose.READ_ONLY, Environment.LIVE, Region.US).stepIds())
                .containsExactly("always", "us");
    }

    @Test
    void aPurposeTheContentHasNoWordsForIsCalledByItsOwnName() {
        ChecklistFactory factory = factory(Map.of(Purpose.TRADING, "your bot"), step("only", "Only.", null));

        assertThat(factory.newKey(Purpose.TRADING, Environment.LIVE, Region.GLOBAL).title()).isEqualTo("A key for your bot");
        assertThat(factory.newKey(Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL).title())
                .isEqualTo("A key for " + Purpose.READ_ONLY.displayName());
    }

    @Test
    void missingChecklistsAndUnknownPlaceholdersAreRefusedWithWhereTheyAre() {
        ChecklistFactory factory = factory(Map.of(), step("odd", "Open {nowhere}.", null));

        assertThatThrownBy(() -> factory.rotation(Purpose.TRADING, Environment.LIVE, Region.GLOBAL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no checklist ROTATE");
        assertThatThrownBy(() -> factory.newKey(Purpose.TRADING, Environment.LIVE, Region.GLOBAL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{nowhere} in odd");
    }
}
