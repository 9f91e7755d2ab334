package dev.keyhaven.ui.keylist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyListViewModelTest {

    @TempDir
    Path folder;

    private Vault vault;
    private final List<String> errors = new ArrayList<>();
    private KeyListViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        try (Secret password = Secret.ofString("lantern orbit velvet cactus")) {
            vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
        }
        model = new KeyListViewModel(BackgroundWork.inline(), errors::add);
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    private KeyRecord add(String label, Purpose purpose, Environment environment) throws Exception {
        try (Credentials credentials = new Credentials(Secret.ofString("k-" + label), Secret.ofString("s"),
                Secret.ofString("p"))) {
            return vault.add(new KeyDraft(label, purpose, environment, Region.GLOBAL, null, "", 0, credentials))
                    .record();
        }
    }

    private void check(KeyRecord key, long second, HistoryEntry.Outcome outcome) throws Exception {
        vault.recordHistory(key.id(), new HistoryEntry(Instant.ofEpochSecond(1_800_000_000L + second),
                HistoryEntry.Kind.CHECK, outcome, "checked", true, Permissions.parse("read_only,trade"), null, null,
                null, null));
    }

    @Test
    void eachKeyCarriesTheStatusOfItsNewestCheck() throws Exception {
        KeyRecord grid = add("Grid bot", Purpose.TRADING, Environment.LIVE);
        KeyRecord journal = add("Journal", Purpose.READ_ONLY, Environment.LIVE);
        KeyRecord demo = add("Demo bot", Purpose.TRADING, Environment.DEMO);
        check(grid, 1, HistoryEntry.Outcome.FAILED);
        check(grid, 2, HistoryEntry.Outcome.OK);
        check(journal, 1, HistoryEntry.Outcome.FAILED);

        model.reload(vault, demo.id());

        assertThat(model.items()).extracting(item -> item.key().label() + "=" + item.status())
                .containsExactlyInAnyOrder("Grid bot=WORKS", "Journal=NEEDS_FIX", "Demo bot=NEVER_CHECKED");
        assertThat(model.selectedProperty().get().key().id()).isEqualTo(demo.id());
        assertThat(errors).isEmpty();
    }

    @Test
    void theFilterMatchesLabelPurposeEnvironmentAndStatus() throws Exception {
        add("Grid bot", Purpose.TRADING, Environment.LIVE);
        add("Journal", Purpose.READ_ONLY, Environment.LIVE);
        add("Demo bot", Purpose.TRADING, Environment.DEMO);
        model.reload(vault, null);

        model.filterProperty().set("demo");
        assertThat(model.visibleItems()).extracting(item -> item.key().label()).containsExactly("Demo bot");
        model.filterProperty().set("read only");
        assertThat(model.visibleItems()).extracting(item -> item.key().label()).containsExactly("Journal");
        model.filterProperty().set("never checked");
        assertThat(model.visibleItems()).hasSize(3);
        model.filterProperty().set("");
        assertThat(model.visibleItems()).hasSize(3);
    }

    @Test
    void aReadThatFinishesAfterALockIsDropped() throws Exception {
        add("Grid bot", Purpose.TRADING, Environment.LIVE);
        List<Runnable> pendingResults = new ArrayList<>();
        KeyListViewModel slow = new KeyListViewModel(new BackgroundWork(Runnable::run, pendingResults::add), errors::add);
        slow.reload(vault, null);
        slow.clear();
        pendingResults.forEach(Runnable::run);
        assertThat(slow.items()).isEmpty();
    }

    @Test
    void aNewerReloadStillSelectsTheKeyAnOlderOneWasAskedToSelect() throws Exception {
        add("Grid bot", Purpose.TRADING, Environment.LIVE);
        KeyRecord saved = add("Just saved", Purpose.READ_ONLY, Environment.LIVE);
        List<Runnable> pendingResults = new ArrayList<>();
        KeyListViewModel racing = new KeyListViewModel(new BackgroundWork(Runnable::run, pendingResults::add), errors::add);

        racing.reload(vault, saved.id());
        // The periodic watch saw a command's check meanwhile and reloads too, selecting nothing in particular.
        racing.reload(vault, null);
        pendingResults.forEach(Runnable::run);

        assertThat(racing.selectedProperty().get()).isNotNull();
        assertThat(racing.selectedProperty().get().key().id()).isEqualTo(saved.id());
    }

    @Test
    void clearForgetsEverything() throws Exception {
        add("Grid bot", Purpose.TRADING, Environment.LIVE);
        model.reload(vault, null);
        model.selectedProperty().set(model.items().get(0));
        model.clear();
        assertThat(model.items()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void marksKeysWhoseRotationIsDueSoonOrOverdueUsingTheSettingsDays() throws Exception {
        KeyRecord key = add("Grid bot", Purpose.TRADING, Environment.LIVE);
        model.reload(vault, null);
        KeyListItem item = model.items().get(0);
        java.time.Instant created = key.createdAt();
        int[] settingDays = {90};
        java.time.Instant[] now = {created.plus(java.time.Duration.ofDays(70))};
        model.setRotationPolicy(() -> new dev.keyhaven.keys.RotationPolicy(
                java.time.Clock.fixed(now[0], java.time.ZoneOffset.UTC), settingDays[0]));

        assertThat(model.rotationReminder(item)).isEmpty();
        settingDays[0] = 80;
        assertThat(model.rotationReminder(item)).map(status -> status.state())
                .contains(dev.keyhaven.keys.RotationStatus.State.DUE_SOON);
        settingDays[0] = 60;
        assertThat(model.rotationReminder(item)).map(status -> status.state())
                .contains(dev.keyhaven.keys.RotationStatus.State.OVERDUE);
        now[0] = created.plus(java.time.Duration.ofDays(10));
        assertThat(model.rotationReminder(item)).isEmpty();
    }

    @Test
    void countsTheArchivedKeysForTheArchiveLink() throws Exception {
        KeyRecord first = add("Grid bot", Purpose.TRADING, Environment.LIVE);
        add("Journal", Purpose.READ_ONLY, Environment.LIVE);
        model.reload(vault, null);
        assertThat(model.archivedCountProperty().get()).isZero();

        vault.archive(first.id(), null);
        model.reload(vault, null);

        assertThat(model.archivedCountProperty().get()).isEqualTo(1);
        assertThat(model.items()).extracting(listed -> listed.key().label()).containsExactly("Journal");
    }

    // ---- the list read on the unlock's thread ----

    /** Background work that never runs: only a read done ahead can fill the list. */
    private KeyListViewModel withoutBackground() {
        return new KeyListViewModel(new BackgroundWork(job -> { }, Runnable::run), errors::add);
    }

    @Test
    void aListReadAheadIsShownByTheFirstReloadAtOnce() throws Exception {
        add("Journal", Purpose.READ_ONLY, Environment.LIVE);
        add("Bot", Purpose.TRADING, Environment.DEMO);
        KeyListViewModel ahead = withoutBackground();
        ahead.readAhead(vault);
        boolean[] then = new boolean[1];

        ahead.reload(vault, null, () -> then[0] = true);

        assertThat(ahead.items()).extracting(listed -> listed.key().label()).containsExactlyInAnyOrder("Journal", "Bot");
        assertThat(ahead.readProperty().get()).isTrue();
        assertThat(ahead.readingProperty().get()).as("no read left under way").isFalse();
        assertThat(then[0]).isTrue();
    }

    @Test
    void aListReadAheadServesOneReloadOnly() throws Exception {
        add("Journal", Purpose.READ_ONLY, Environment.LIVE);
        KeyListViewModel ahead = withoutBackground();
        ahead.readAhead(vault);
        ahead.reload(vault, null);
        add("Bot", Purpose.TRADING, Environment.DEMO);

        ahead.reload(vault, null);

        assertThat(ahead.readingProperty().get()).as("the second reload reads in the background").isTrue();
        assertThat(ahead.items()).hasSize(1);
    }

    @Test
    void aListReadAheadOfAnotherVaultOrBeforeALockIsNotShown() throws Exception {
        add("Journal", Purpose.READ_ONLY, Environment.LIVE);
        Vault other;
        try (Secret password = Secret.ofString("lantern orbit velvet cactus")) {
            other = Vault.create(folder.resolve("other.keyhaven"), password, VaultOptions.forTests());
        }
        try (other) {
            KeyListViewModel ahead = withoutBackground();
            ahead.readAhead(vault);
            ahead.reload(other, null);
            assertThat(ahead.items()).isEmpty();

            ahead.readAhead(vault);
            ahead.clear();
            ahead.reload(vault, null);
            assertThat(ahead.items()).isEmpty();
            assertThat(ahead.readingProperty().get()).isTrue();
        }
    }

    @Test
    void aFailedReadAheadLeavesTheReloadToReadAndSay() throws Exception {
        add("Journal", Purpose.READ_ONLY, Environment.LIVE);
        vault.close();

        model.readAhead(vault);

        model.reload(vault, null);
        assertThat(model.items()).isEmpty();
        assertThat(errors).hasSize(1);
    }

    @Test
    void aListReadAheadIsForgottenForItsVaultOnly() throws Exception {
        add("Journal", Purpose.READ_ONLY, Environment.LIVE);
        KeyListViewModel ahead = withoutBackground();
        ahead.readAhead(vault);
        ahead.forgetReadAhead(null);
        ahead.reload(vault, null);
        assertThat(ahead.items()).as("kept: another vault was forgotten").hasSize(1);

        KeyListViewModel forgetting = withoutBackground();
        forgetting.readAhead(vault);
        forgetting.forgetReadAhead(vault);
        forgetting.reload(vault, null);
        assertThat(forgetting.items()).isEmpty();
    }
}
