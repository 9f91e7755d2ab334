package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trader's ticks survive locking and unlocking the vault, and combine again with what Keyhaven verifies. */
class ChecklistPersistenceTest {

    @TempDir
    Path folder;

    @Test
    void ticksSurviveLockAndUnlock() throws VaultException {
        Path file = folder.resolve("keys.keyhaven");
        ChecklistFactory factory = new ChecklistFactory();
        AutoTicker ticker = new AutoTicker(ZoneOffset.UTC);
        long id;
        try (Vault vault = Vault.create(file, password(), VaultOptions.forTests());
             Credentials credentials = new Credentials(Secret.ofString("api"), Secret.ofString("secret"),
                     Secret.ofString("Pass-phrase1"))) {
            id = vault.add(new KeyDraft("Tax tool", Purpose.READ_ONLY, Environment.DEMO, Region.US, null, "", 0,
                    credentials)).record().id();
            Set<String> ticks = ChecklistProgress.withTick(Set.of(), "account-ready", true);
            ticks = ChecklistProgress.withTick(ticks, "name-key", true);
            vault.setChecklistDone(id, ticks);
        }

        try (Vault vault = Vault.open(file, password(), VaultOptions.forTests())) {
            KeyRecord key = vault.key(id).orElseThrow();
            Checklist checklist = factory.newKey(key.purpose(), key.environment(), key.region());
            ChecklistProgress progress = ChecklistProgress.of(checklist, key.checklistDone(),
                    ticker.verdicts(checklist, VerifiedFacts.savedOnly()));

            assertThat(key.checklistDone()).containsExactlyInAnyOrder("account-ready", "name-key");
            assertThat(progress.steps()).filteredOn(step -> step.status().done())
                    .extracting(step -> step.step().id())
                    .isEqualTo(List.of("account-ready", "name-key", "save-credentials"));
            assertThat(progress.summary()).isEqualTo("3 of 13 done");
        }
    }

    private static Secret password() {
        return Secret.ofString("master password for tests");
    }
}
