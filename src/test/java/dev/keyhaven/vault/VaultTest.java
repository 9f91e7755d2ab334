package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.VaultException.Reason;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VaultTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("keys.khvault");
    }

    private Vault create() throws VaultException {
        return Vault.create(file(), TestKeys.password(), VaultOptions.forTests());
    }

    private Vault reopen() throws VaultException {
        return Vault.open(file(), TestKeys.password(), VaultOptions.forTests());
    }

    @Test
    void keepsEveryFieldAcrossLockAndUnlock() throws Exception {
        long id;
        try (Vault vault = create()) {
            KeyDraft draft = new KeyDraft("Grid bot", Purpose.READ_ONLY, Environment.DEMO, Region.US,
                    "https://openapi.okx.com", "runs on the NAS", 30,
                    TestKeys.credentials("0b5f1d5e-1111-4a7b-9c2d-3e4f5a6b7c8d", "22582BD0CFF14C41EDBF1AB98506286D", "Pass-phrase1!"));
            id = vault.add(draft).record().id();
            vault.setChecklistDone(id, Set.of("ip-bound", "no-withdraw"));
        }
        try (Vault vault = reopen()) {
            KeyRecord record = vault.key(id).orElseThrow();
            assertThat(record.label()).isEqualTo("Grid bot");
            assertThat(record.purpose()).isEqualTo(Purpose.READ_ONLY);
            assertThat(record.environment()).isEqualTo(Environment.DEMO);
            assertThat(record.region()).isEqualTo(Region.US);
            assertThat(record.baseUrl()).isEqualTo("https://openapi.okx.com");
            assertThat(record.notes()).isEqualTo("runs on the NAS");
            assertThat(record.rotationDays()).isEqualTo(30);
            assertThat(record.checklistDone()).containsExactlyInAnyOrder("ip-bound", "no-withdraw");
            assertThat(record.archived()).isFalse();
            try (Credentials credentials = vault.credentials(id)) {
                assertThat(credentials.apiKey().reveal()).isEqualTo("0b5f1d5e-1111-4a7b-9c2d-3e4f5a6b7c8d");
                assertThat(credentials.secretKey().reveal()).isEqualTo("22582BD0CFF14C41EDBF1AB98506286D");
                assertThat(credentials.passphrase().reveal()).isEqualTo("Pass-phrase1!");
            }
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aWrongPasswordIsToldApartAndSaysWhatToDo() throws Exception {
        create().close();

        assertThatThrownBy(() -> Vault.open(file(), Secret.ofString("Correct horse battery staple"), VaultOptions.forTests()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD);
                    assertThat(e.getMessage()).contains("master password is not right").contains("Caps Lock");
                });
        reopen().close();
    }

    @Test
    void refusesAFileWhoseKdfSettingsAreBelowTheFloor() throws Exception {
        create().close();

        assertThatThrownBy(() -> Vault.open(file(), TestKeys.password(), VaultOptions.standard()))
                .isInstanceOfSatisfying(VaultException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.WEAK_PARAMETERS);
                    assertThat(e.getMessage()).contains("at least 64 MiB, 3 passes");
                });
    }

    @Test
    void aMissingFileAndAnExistingOneHaveTheirOwnReasons() throws Exception {
        assertThatThrownBy(this::reopen).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND));
        create().close();
        assertThatThrownBy(this::create).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS));
    }

    @Test
    void aSecondOpenInTheSameProcessIsInUse() throws Exception {
        try (Vault first = create()) {
            assertThatThrownBy(this::reopen).isInstanceOfSatisfying(VaultException.class,
                    e -> assertThat(e.reason()).isEqualTo(Reason.IN_USE));
            assertThat(first.keys()).isEmpty();
        }
        reopen().close();
    }

    @Test
    void aLockedVaultRefusesEverything() throws Exception {
        Vault vault = create();
        long id = vault.add(TestKeys.draft("bot")).record().id();
        vault.close();

        assertThat(vault.isLocked()).isTrue();
        assertThatThrownBy(vault::keys).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
        assertThatThrownBy(() -> vault.credentials(id)).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
    }

    @Test
    void labelsAreUniqueAmongActiveKeysIgnoringCase() throws Exception {
        try (Vault vault = create()) {
            long first = vault.add(TestKeys.draft("Grid bot")).record().id();

            assertThatThrownBy(() -> vault.add(TestKeys.draft("grid BOT ", "other")))
                    .isInstanceOfSatisfying(VaultException.class, e -> {
                        assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT);
                        assertThat(e.getMessage()).contains("already exists");
                    });
            assertThat(vault.keyByLabel("GRID bot")).map(KeyRecord::id).contains(first);

            vault.archive(first, null);
            long second = vault.add(TestKeys.draft("Grid bot", "new")).record().id();
            assertThat(vault.keyByLabel("grid bot")).map(KeyRecord::id).contains(second);
        }
    }

    @Test
    void theSameApiKeyUnderAnotherLabelIsAWarningNotSilence() throws Exception {
        try (Vault vault = create()) {
            SaveOutcome first = vault.add(TestKeys.draft("Grid bot", "shared"));
            assertThat(first.hasWarnings()).isFalse();

            KeyDraft sameKey = new KeyDraft("DCA bot", Purpose.TRADING, Environment.LIVE, Region.EEA, null, "", 0,
                    TestKeys.credentials("apikey-shared", "another-secret", "another-pass"));
            SaveOutcome second = vault.add(sameKey);

            assertThat(second.duplicateOf()).containsExactly("Grid bot");
            assertThat(second.warnings()).singleElement().asString().contains("one key per bot");
            assertThat(vault.keys()).hasSize(2);

            // Editing the second key without new credentials still tells about the shared key.
            SaveOutcome edited = vault.update(second.record().id(), KeyDraft.of(second.record()));
            assertThat(edited.duplicateOf()).containsExactly("Grid bot");
            // With its own key, the warning is gone.
            SaveOutcome fixed = vault.update(second.record().id(), KeyDraft.of(second.record())
                    .withCredentials(TestKeys.credentials("apikey-own", "s", "p")));
            assertThat(fixed.hasWarnings()).isFalse();
        }
    }

    @Test
    void anEditReplacesOrKeepsTheCredentials() throws Exception {
        try (Vault vault = create()) {
            KeyRecord record = vault.add(TestKeys.draft("bot", "one")).record();

            KeyDraft renamed = new KeyDraft("bot renamed", record.purpose(), record.environment(), Region.GLOBAL,
                    null, "new notes", 60, null);
            KeyRecord updated = vault.update(record.id(), renamed).record();
            assertThat(updated.label()).isEqualTo("bot renamed");
            assertThat(updated.region()).isEqualTo(Region.GLOBAL);
            assertThat(updated.createdAt()).isEqualTo(record.createdAt());
            try (Credentials kept = vault.credentials(record.id())) {
                assertThat(kept.secretKey().reveal()).isEqualTo("secretkey-one");
            }

            vault.update(record.id(), renamed.withCredentials(TestKeys.credentials("k2", "s2", "p2")));
            try (Credentials replaced = vault.credentials(record.id())) {
                assertThat(replaced.apiKey().reveal()).isEqualTo("k2");
                assertThat(replaced.secretKey().reveal()).isEqualTo("s2");
                assertThat(replaced.passphrase().reveal()).isEqualTo("p2");
            }
        }
    }

    @Test
    void badInputGetsASentenceWithTheNextStep() throws Exception {
        try (Vault vault = create()) {
            assertInvalid(() -> vault.add(TestKeys.draft("  ")), "Give the key a name");
            assertInvalid(() -> vault.add(TestKeys.draft("bot").withCredentials(null)), "Enter the API key");
            assertInvalid(() -> vault.add(TestKeys.draft("bot").withCredentials(TestKeys.credentials("k", "", "p"))),
                    "The secret key is empty");
            KeyDraft plainHttp = new KeyDraft("bot", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                    "http://www.okx.com", "", 0, TestKeys.credentials("k", "s", "p"));
            assertInvalid(() -> vault.add(plainHttp), "use https:// instead");
            assertInvalid(() -> vault.credentials(4711), "There is no key with id 4711");
            assertThat(vault.keys()).isEmpty();

            KeyDraft loopback = new KeyDraft("test server", Purpose.TRADING, Environment.LIVE, Region.GLOBAL,
                    "http://127.0.0.1:8080", "", 0, TestKeys.credentials("k", "s", "p"));
            assertThat(vault.add(loopback).record().effectiveBaseUrl()).isEqualTo("http://127.0.0.1:8080");
        }
    }

    @Test
    void archivedKeysLeaveTheActiveListAndCannotBeEdited() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        try (Vault vault = Vault.create(file(), TestKeys.password(), VaultOptions.forTests().withClock(clock))) {
            long old = vault.add(TestKeys.draft("old")).record().id();
            long replacement = vault.add(TestKeys.draft("new")).record().id();

            vault.archive(old, replacement);

            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("new");
            KeyRecord archived = vault.archivedKeys().get(0);
            assertThat(archived.replacedById()).isEqualTo(replacement);
            assertThat(archived.archivedAt()).isEqualTo(clock.instant());
            assertInvalid(() -> vault.update(old, KeyDraft.of(archived)), "archived");
            assertThat(vault.info().archivedKeyCount()).isEqualTo(1);
            assertThat(vault.info().keyCount()).isEqualTo(1);
        }
    }

    @Test
    void historyIsKeptNewestFirstAndGoesWithItsKey() throws Exception {
        try (Vault vault = create()) {
            long id = vault.add(TestKeys.draft("bot")).record().id();
            long other = vault.add(TestKeys.draft("other")).record().id();
            HistoryEntry older = new HistoryEntry(Instant.parse("2026-01-01T00:00:00Z"), HistoryEntry.Kind.CHECK,
                    HistoryEntry.Outcome.OK, "Works. Read + Trade, bound to 1 IP.", true,
                    new Permissions(true, true, false), List.of("203.0.113.7"), "4711", List.of(), "{\"code\":\"0\"}");
            HistoryEntry newer = new HistoryEntry(Instant.parse("2026-02-01T00:00:00Z"), HistoryEntry.Kind.CHECK,
                    HistoryEntry.Outcome.FAILED, "Invalid signature.", false, null, null, null,
                    List.of("invalid-signature"), null);
            vault.recordHistory(id, older);
            vault.recordHistory(id, newer);
            vault.recordHistory(other, older);

            assertThat(vault.history(id)).containsExactly(newer, older);

            vault.delete(id);
            assertThat(vault.key(id)).isEmpty();
            assertInvalid(() -> vault.history(id), "There is no key");
            assertThat(vault.history(other)).containsExactly(older);
        }
    }

    @Test
    void changingThePasswordLocksOutTheOldOneAndKeepsEveryValue() throws Exception {
        long id;
        try (Vault vault = create()) {
            id = vault.add(TestKeys.draft("bot", "kept")).record().id();
            vault.recordHistory(id, new HistoryEntry(Instant.EPOCH, HistoryEntry.Kind.HANDOUT,
                    HistoryEntry.Outcome.INFO, "Handed to a bot.", false, null, null, null, null, null));

            assertThatThrownBy(() -> vault.changePassword(Secret.ofString("not it"), Secret.ofString("new one")))
                    .isInstanceOfSatisfying(VaultException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));

            vault.changePassword(TestKeys.password(), Secret.ofString("a brand new passphrase"));
            assertThat(vault.info().backups()).extracting(Backup::reason).contains("password change");
        }

        assertThatThrownBy(this::reopen).isInstanceOfSatisfying(VaultException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD));
        try (Vault vault = Vault.open(file(), Secret.ofString("a brand new passphrase"), VaultOptions.forTests());
             Credentials credentials = vault.credentials(id)) {
            assertThat(vault.key(id).orElseThrow().notes()).isEqualTo("notes-kept");
            assertThat(credentials.secretKey().reveal()).isEqualTo("secretkey-kept");
            assertThat(vault.history(id)).singleElement().extracting(HistoryEntry::summary).isEqualTo("Handed to a bot.");
        }
    }

    @Test
    void infoTellsFormatKdfAndCounts() throws Exception {
        try (Vault vault = create()) {
            vault.add(TestKeys.draft("bot"));

            VaultInfo info = vault.info();

            assertThat(info.path()).isEqualTo(file().toAbsolutePath());
            assertThat(info.formatVersion()).isEqualTo(Schema.current().latestVersion());
            assertThat(info.kdfAlgorithm()).isEqualTo("Argon2id v1.3");
            assertThat(info.kdf()).isEqualTo(VaultOptions.forTests().floor());
            assertThat(info.keyCount()).isEqualTo(1);
        }
    }

    @Test
    @Tag("mutation-redundant")
    void creationCalibratesAboveTheFloorWhenGivenATarget() throws Exception {
        KdfParameters floor = new KdfParameters(64, 1, 1);
        VaultOptions options = new VaultOptions(floor, Duration.ofMillis(200), Clock.systemUTC());
        try (Vault vault = Vault.create(file(), TestKeys.password(), options)) {
            assertThat(vault.info().kdf().iterations()).isGreaterThan(1);
        }
        Vault.open(file(), TestKeys.password(), options).close();
    }

    @Test
    void noSecretInToString() throws Exception {
        try (Vault vault = create()) {
            KeyDraft draft = TestKeys.draft("bot", "hidden");
            long id = vault.add(draft).record().id();
            try (Credentials credentials = vault.credentials(id)) {
                assertThat(credentials.toString() + draft + vault + vault.key(id).orElseThrow())
                        .doesNotContain("apikey-hidden", "secretkey-hidden", "passphrase-hidden", TestKeys.PASSWORD);
            }
        }
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String sentence) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VaultException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.INVALID_INPUT);
            assertThat(e.getMessage()).contains(sentence);
        });
    }
}
