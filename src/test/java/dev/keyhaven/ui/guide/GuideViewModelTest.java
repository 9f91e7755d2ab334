package dev.keyhaven.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.guide.AutoTicker;
import dev.keyhaven.guide.ChecklistFactory;
import dev.keyhaven.guide.ChecklistProgress;
import dev.keyhaven.guide.ChecklistKind;
import dev.keyhaven.guide.ChecklistProgress.Status;
import dev.keyhaven.guide.PassphraseGenerator;
import dev.keyhaven.guide.PassphraseRules;
import dev.keyhaven.guide.VerifiedFacts;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuideViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-23T17:45:00Z");

    private final List<String> opened = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final List<Set<String>> storedTicks = new ArrayList<>();
    private final List<Secret> copied = new ArrayList<>();
    private final GuideViewModel model = new GuideViewModel(
            new ChecklistFactory(), new AutoTicker(ZoneOffset.UTC),
            new PassphraseGenerator(),
            new GuideActions(opened::add, () -> calls.add("save"), () -> calls.add("check"), storedTicks::add,
                    copied::add, copiedBefore -> true));

    @Test
    void startsWithANewTradingKeyOnTheGlobalSite() {
        assertThat(model.checklist().kind()).isEqualTo(ChecklistKind.NEW_KEY);
        assertThat(model.checklist().purpose()).isEqualTo(Purpose.TRADING);
        assertThat(model.progress().summary()).isEqualTo("0 of 13 done");
        assertThat(model.choicesEditableProperty().get()).isTrue();
    }

    @Test
    void tickingStoresEveryIdAndCountsIt() {
        assertThat(model.setTicked("account-ready", true)).isTrue();
        model.setTicked("create-key", true);
        model.setTicked("account-ready", false);

        assertThat(storedTicks).containsExactly(Set.of("account-ready"), Set.of("account-ready", "create-key"),
                Set.of("create-key"));
        assertThat(model.progress().summary()).isEqualTo("1 of 13 done");
    }

    @Test
    void aStoredKeyBringsItsTicksAndFactsAndFixesTheChoices() {
        KeyRecord key = new KeyRecord(4, "Journal", Purpose.READ_ONLY, Environment.LIVE, Region.EEA, null, "", NOW, NOW,
                0, Set.of("account-ready", "rotate-create"), null, null);
        VerifiedFacts withdrawSeen = new VerifiedFacts(true, NOW, true, Permissions.parse("read_only,withdraw"),
                List.of());

        model.showKey(key, ChecklistKind.NEW_KEY, withdrawSeen);

        assertThat(model.choicesEditableProperty().get()).isFalse();
        assertThat(model.checklist().region()).isEqualTo(Region.EEA);
        assertThat(model.progress().step("account-ready").status()).isEqualTo(Status.TICKED_BY_YOU);
        assertThat(model.progress().step("withdraw-off").status()).isEqualTo(Status.NEEDS_ATTENTION);
        assertThat(model.setTicked("withdraw-off", true)).as("Keyhaven's call, not the trader's").isFalse();
        assertThat(model.setTicked("create-key", true)).isTrue();
        assertThat(storedTicks).containsExactly(Set.of("account-ready", "rotate-create", "create-key"));
    }

    @Test
    void newFactsTickTheVerifiableSteps() {
        model.updateFacts(VerifiedFacts.savedOnly());

        assertThat(model.progress().step("save-credentials").status()).isEqualTo(Status.VERIFIED);
        assertThat(model.progress().summary()).isEqualTo("1 of 13 done");
    }

    @Test
    void stepActionsReachTheShell() {
        model.regionProperty().set(Region.US);

        model.perform(model.checklist().step("open-api-page").orElseThrow());
        model.perform(model.checklist().step("save-credentials").orElseThrow());
        model.perform(model.checklist().step("verify").orElseThrow());

        assertThat(opened).containsExactly("https://app.okx.com/account/my-api");
        assertThat(calls).containsExactly("save", "check");
    }

    @Test
    void thePassphraseIsMaskedCopiedAsACopyAndWipedOnDispose() {
        model.generatePassphrase();
        String value = model.readPassphrase(String::new);

        assertThat(model.maskedPassphrase()).hasSize(PassphraseGenerator.DEFAULT_LENGTH).matches("\u2022+");
        assertThat(model.passphraseRevealedProperty().get()).isFalse();
        model.copyPassphrase();
        try (Secret copy = copied.get(0); Secret forTheForm = model.passphraseCopy()) {
            assertThat(copy.reveal()).isEqualTo(value);
            assertThat(PassphraseRules.assess(forTheForm).meetsStrictRule()).isTrue();
        }
        assertThat(model.passphraseStrength()).isEqualTo("16 random characters: far too many combinations to guess");

        model.generatePassphrase();
        assertThat(model.<String>readPassphrase(String::new)).isNotEqualTo(value);
        model.dispose();
        assertThat(model.passphraseReadyProperty().get()).isFalse();
        assertThat(model.maskedPassphrase()).isEmpty();
    }

    @Test
    void generatingOrCopyingThePassphraseTicksItsStepOnce() {
        model.generatePassphrase();
        assertThat(model.progress().step("passphrase").status()).isEqualTo(ChecklistProgress.Status.TICKED_BY_YOU);
        assertThat(storedTicks).containsExactly(Set.of("passphrase"));

        model.setTicked("passphrase", false);
        model.copyPassphrase();
        assertThat(model.progress().step("passphrase").status()).isEqualTo(ChecklistProgress.Status.TICKED_BY_YOU);
        model.generatePassphrase();
        assertThat(storedTicks).as("already ticked: nothing stored again").hasSize(3);
        copied.forEach(Secret::close);
    }

    @Test
    void myAddressChangesIsAValidAnswerStoredWithTheTicks() {
        assertThat(model.answerIp(true)).isTrue();
        assertThat(model.progress().step("ip-binding").status()).isEqualTo(ChecklistProgress.Status.TICKED_BY_YOU);
        assertThat(storedTicks.get(storedTicks.size() - 1))
                .containsExactlyInAnyOrder("ip-binding", dev.keyhaven.guide.IpAnswer.ADDRESS_CHANGES);
        assertThat(model.ipAddressChanges()).isTrue();

        model.answerIp(false);
        assertThat(storedTicks.get(storedTicks.size() - 1)).containsExactly("ip-binding");
        model.answerIp(true);
        model.setTicked("ip-binding", false);
        assertThat(storedTicks.get(storedTicks.size() - 1)).as("unticking takes the answer back").isEmpty();
        assertThat(model.ipAddressChanges()).isFalse();
    }

    @Test
    void anExistingKeysGuideNamesOkxsHostForItsSiteAsWhereTheCheckGoes() {
        model.showKey(existingKey(null), ChecklistKind.EXISTING_KEY, VerifiedFacts.NOTHING);

        assertThat(checkStepBody()).contains("one harmless request to www.okx.com and");
    }

    @Test
    void anExistingKeysGuideNamesItsSavedLocalAddressAsWhereTheCheckGoes() {
        model.showKey(existingKey("http://127.0.0.1:40367"), ChecklistKind.EXISTING_KEY, VerifiedFacts.NOTHING);

        assertThat(checkStepBody()).contains("one harmless request to http://127.0.0.1:40367 (a local address, not"
                + " OKX) and").doesNotContain("okx.com");
        model.showNewKey();
        assertThat(checkStepBody()).as("a new key goes to OKX").contains("request to www.okx.com and");
    }

    private static KeyRecord existingKey(String baseUrl) {
        return new KeyRecord(5, "Journal", Purpose.READ_ONLY, Environment.LIVE, Region.GLOBAL, baseUrl, "", NOW, NOW,
                0, Set.of(), null, null);
    }

    private String checkStepBody() {
        return model.checklist().steps().stream().filter(step -> step.id().equals("verify")).findFirst()
                .orElseThrow().body();
    }
}
