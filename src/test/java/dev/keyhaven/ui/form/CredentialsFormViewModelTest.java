package dev.keyhaven.ui.form;

import dev.keyhaven.ui.common.SameApiKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.gateway.UsageHistory;
import dev.keyhaven.gateway.UsageLedger;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.ui.common.RecordingDialogs;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.Purpose;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsFormViewModelTest {

    private static final String API_KEY = "1a2b3c4d-0000-1111-2222-333344445555";
    private static final String SECRET_KEY = "22582BD0CFF14C41EDBF1AB98506286D";
    private static final String PASSPHRASE = "Pass-phrase-1";

    @TempDir
    Path folder;

    private Vault vault;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> copied = new ArrayList<>();
    private final List<SaveOutcome> saved = new ArrayList<>();
    private boolean deleted;

    @BeforeEach
    void createVault() throws Exception {
        try (Secret password = Secret.ofString("lantern orbit velvet cactus")) {
            vault = Vault.create(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests());
        }
    }

    @AfterEach
    void closeVault() {
        vault.close();
    }

    private CredentialsFormViewModel form(KeyRecord editing) {
        return form(editing, BackgroundWork.inline());
    }

    private CredentialsFormViewModel form(KeyRecord editing, BackgroundWork work) {
        return form(editing, work, Clock.systemDefaultZone());
    }

    private CredentialsFormViewModel form(KeyRecord editing, BackgroundWork work, Clock clock) {
        return new CredentialsFormViewModel(vault, editing, work, dialogs,
                secret -> copied.add(secret.reveal()),
                () -> {
                    try {
                        return vault.keys().stream().map(KeyRecord::label).toList();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                saved::add, () -> deleted = true, clock);
    }

    private static void review(CredentialsFormViewModel form, CredentialField field, String value) {
        try (Secret typed = Secret.ofString(value)) {
            form.review(field, typed).ifPresent(Secret::close);
        }
    }

    private static void save(CredentialsFormViewModel form, String apiKey, String secretKey, String passphrase) {
        try (Secret a = Secret.ofString(apiKey); Secret s = Secret.ofString(secretKey);
                Secret p = Secret.ofString(passphrase)) {
            form.save(a, s, p);
        }
    }

    private KeyRecord addKey(String label, String apiKey) {
        CredentialsFormViewModel form = form(null);
        form.labelProperty().set(label);
        review(form, CredentialField.API_KEY, apiKey);
        review(form, CredentialField.SECRET_KEY, SECRET_KEY);
        review(form, CredentialField.PASSPHRASE, PASSPHRASE);
        save(form, apiKey, SECRET_KEY, PASSPHRASE);
        return saved.get(saved.size() - 1).record();
    }

    @Test
    void spacesAroundAValueAreTrimmedWithANotice() {
        CredentialsFormViewModel form = form(null);
        Optional<Secret> trimmed;
        try (Secret pasted = Secret.ofString("  " + API_KEY + "\n")) {
            trimmed = form.review(CredentialField.API_KEY, pasted);
        }
        assertThat(trimmed).isPresent();
        try (Secret clean = trimmed.get()) {
            assertThat(clean.reveal()).isEqualTo(API_KEY);
        }
        assertThat(form.trimNoticeProperty(CredentialField.API_KEY).get()).contains("Removed the spaces around the API key");
        assertThat(form.shapeWarningProperty(CredentialField.API_KEY).get()).isEmpty();
    }

    @Test
    void unusualShapesAreWarnedAboutWithoutEchoingTheValue() {
        CredentialsFormViewModel form = form(null);
        review(form, CredentialField.API_KEY, "abc123");
        review(form, CredentialField.SECRET_KEY, "22582bd0cff14c41");
        review(form, CredentialField.PASSPHRASE, "abc");
        assertThat(form.shapeWarningProperty(CredentialField.API_KEY).get()).contains("36 characters")
                .contains("has 6").doesNotContain("abc123");
        assertThat(form.shapeWarningProperty(CredentialField.SECRET_KEY).get()).contains("32 characters")
                .doesNotContain("22582bd0");
        assertThat(form.shapeWarningProperty(CredentialField.PASSPHRASE).get()).contains("6 to 32");
        review(form, CredentialField.SECRET_KEY, SECRET_KEY);
        assertThat(form.shapeWarningProperty(CredentialField.SECRET_KEY).get()).isEmpty();
    }

    @Test
    void anUnusualShapeStillSaves() {
        KeyRecord record = addKey("Odd key", "not-a-uuid");
        assertThat(record.label()).isEqualTo("Odd key");
    }

    @Test
    void requiredFieldsAndAnUnsafeAddressBlockTheSave() throws Exception {
        CredentialsFormViewModel form = form(null);
        save(form, "", "", "");
        assertThat(form.messageProperty().get()).contains("Give the key a label");

        form.labelProperty().set("Grid bot");
        save(form, API_KEY, "", "");
        assertThat(form.messageProperty().get()).contains("API key, the secret key and the passphrase");

        review(form, CredentialField.API_KEY, API_KEY);
        review(form, CredentialField.SECRET_KEY, SECRET_KEY);
        review(form, CredentialField.PASSPHRASE, PASSPHRASE);
        form.baseUrlProperty().set("http://www.okx.com");
        assertThat(form.baseUrlProblemProperty().get()).contains("https://");
        assertThat(form.completeBinding().get()).isFalse();
        save(form, API_KEY, SECRET_KEY, PASSPHRASE);
        assertThat(saved).isEmpty();
        assertThat(vault.keys()).isEmpty();

        form.baseUrlProperty().set("http://127.evil.com");
        assertThat(form.baseUrlProblemProperty().get()).contains("only talks to OKX");
        form.baseUrlProperty().set("https://www.okx.com@evil.io");
        assertThat(form.baseUrlProblemProperty().get()).contains("without a user name");

        form.baseUrlProperty().set("http://127.0.0.1:8080");
        assertThat(form.baseUrlProblemProperty().get()).isEmpty();
        assertThat(form.completeBinding().get()).isTrue();
    }

    @Test
    void savingStoresTheKeyWithEveryChoice() throws Exception {
        CredentialsFormViewModel form = form(null);
        form.labelProperty().set("  Tax journal ");
        form.purposeProperty().set(Purpose.READ_ONLY);
        form.environmentProperty().set(Environment.DEMO);
        form.regionProperty().set(Region.EEA);
        form.notesProperty().set("used by the spreadsheet");
        review(form, CredentialField.API_KEY, API_KEY);
        review(form, CredentialField.SECRET_KEY, SECRET_KEY);
        review(form, CredentialField.PASSPHRASE, PASSPHRASE);
        save(form, API_KEY, SECRET_KEY, PASSPHRASE);

        KeyRecord stored = vault.keyByLabel("Tax journal").orElseThrow();
        assertThat(stored.purpose()).isEqualTo(Purpose.READ_ONLY);
        assertThat(stored.environment()).isEqualTo(Environment.DEMO);
        assertThat(stored.region()).isEqualTo(Region.EEA);
        assertThat(stored.notes()).isEqualTo("used by the spreadsheet");
        try (Credentials credentials = vault.credentials(stored.id())) {
            assertThat(credentials.apiKey().reveal()).isEqualTo(API_KEY);
            assertThat(credentials.secretKey().reveal()).isEqualTo(SECRET_KEY);
            assertThat(credentials.passphrase().reveal()).isEqualTo(PASSPHRASE);
        }
    }

    @Test
    void aTakenLabelIsRefusedAndTheSameApiKeyTwiceIsWarned() {
        addKey("Grid bot", API_KEY);
        CredentialsFormViewModel form = form(null);
        form.labelProperty().set("grid BOT");
        assertThat(form.labelProblemProperty().get()).contains("already called");

        KeyRecord second = addKey("DCA bot", API_KEY);
        assertThat(second.label()).isEqualTo("DCA bot");
        assertThat(saved.get(saved.size() - 1).warnings()).singleElement().asString().contains("Grid bot");
    }

    @Test
    void theSameApiKeySentenceTellsTheArchivedDayOnTheAppsClockNotTheSystems() throws Exception {
        long revoked = addKey("Grid bot", API_KEY).id();
        vault.archive(revoked, null);
        Instant archivedAt = vault.archivedKeys().get(0).archivedAt();
        ZoneId farEast = ZoneId.of("Pacific/Kiritimati");
        Clock nextYear = Clock.fixed(archivedAt.plus(Duration.ofDays(400)), farEast);
        CredentialsFormViewModel form = form(null, BackgroundWork.inline(), nextYear);

        review(form, CredentialField.API_KEY, API_KEY);

        String day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(archivedAt.atZone(farEast));
        assertThat(form.sameApiKey().noticeProperty().get())
                .startsWith("You revoked this key on " + day + " because it may have leaked");
    }

    @Test
    void anEditWithEmptyFieldsKeepsTheStoredCredentialsAndReplacesTheTypedOne() throws Exception {
        KeyRecord record = addKey("Grid bot", API_KEY);
        CredentialsFormViewModel edit = form(record);
        assertThat(edit.labelProperty().get()).isEqualTo("Grid bot");
        assertThat(edit.blockingProblem()).isEmpty();
        edit.notesProperty().set("moved to the new server");
        save(edit, "", "", "NewPass-2");

        assertThat(vault.key(record.id()).orElseThrow().notes()).isEqualTo("moved to the new server");
        try (Credentials credentials = vault.credentials(record.id())) {
            assertThat(credentials.apiKey().reveal()).isEqualTo(API_KEY);
            assertThat(credentials.secretKey().reveal()).isEqualTo(SECRET_KEY);
            assertThat(credentials.passphrase().reveal()).isEqualTo("NewPass-2");
        }
    }

    @Test
    void copyTakesTheStoredValueWhenTheFieldIsEmptyASecretOnlyAfterTheMasterPassword() {
        KeyRecord record = addKey("Grid bot", API_KEY);
        CredentialsFormViewModel edit = form(record);
        try (Secret empty = Secret.empty()) {
            edit.copy(CredentialField.API_KEY, empty);
            edit.copy(CredentialField.SECRET_KEY, empty);
            assertThat(copied).as("the API key at once; the secret waits for the password").containsExactly(API_KEY);
            assertThat(dialogs.confirmations).singleElement().asString().startsWith("Copy the secret key?");
            dialogs.typingPassword("lantern orbit velvet cactus");
            edit.copy(CredentialField.SECRET_KEY, empty);
        }
        try (Secret typed = Secret.ofString("typed-value")) {
            edit.copy(CredentialField.PASSPHRASE, typed);
        }
        assertThat(copied).containsExactly(API_KEY, SECRET_KEY, "typed-value");
        assertThat(edit.messageProperty().get()).contains("clears the clipboard");
    }

    @Test
    void aCopyWhoseDecryptionFinishesAfterTheLockLeavesTheClipboardAlone() {
        KeyRecord record = addKey("Grid bot", API_KEY);
        java.util.Deque<Runnable> resultsForTheUi = new java.util.ArrayDeque<>();
        BackgroundWork work = new BackgroundWork(Runnable::run, resultsForTheUi::add);
        CredentialsFormViewModel edit = form(record, work);
        try (Secret empty = Secret.empty()) {
            edit.copy(CredentialField.API_KEY, empty);
        }
        assertThat(resultsForTheUi).as("decrypted, waiting for the UI thread").hasSize(1);

        work.dropPendingResults();
        resultsForTheUi.forEach(Runnable::run);

        assertThat(copied).isEmpty();
        assertThat(edit.messageProperty().get()).isEmpty();
    }

    @Test
    void aSecondSaveWhileTheFirstRunsSavesNothing() {
        KeyRecord record = addKey("Grid bot", API_KEY);
        saved.clear();
        java.util.Deque<Runnable> vaultWork = new java.util.ArrayDeque<>();
        BackgroundWork work = new BackgroundWork(vaultWork::add, Runnable::run);
        CredentialsFormViewModel edit = form(record, work);
        edit.labelProperty().set("Grid bot 2");

        save(edit, "", "", "");
        assertThat(edit.messageProperty().get()).isEqualTo("Saving\u2026");
        assertThat(edit.busyProperty().get()).isTrue();
        save(edit, "", "", "");
        assertThat(vaultWork).as("one save waiting for the vault, not two").hasSize(1);

        vaultWork.forEach(Runnable::run);
        assertThat(saved).hasSize(1);
        assertThat(edit.busyProperty().get()).isFalse();
    }

    @Test
    void deleteAsksFirstAndOnlyDeletesOnYes() throws Exception {
        KeyRecord record = addKey("Grid bot", API_KEY);
        form(record).delete();
        assertThat(dialogs.confirmations).singleElement().asString().contains("Delete \"Grid bot\"");
        assertThat(dialogs.destructive).as("Delete is drawn red").hasSize(1);
        assertThat(vault.keys()).hasSize(1);
        assertThat(deleted).isFalse();

        dialogs.answering(true);
        form(record).delete();
        assertThat(vault.keys()).isEmpty();
        assertThat(deleted).isTrue();
    }

    @Test
    void aKeyABotUsesThroughTheGatewayIsNotDeletedAndTheFormSaysWhy() throws Exception {
        KeyRecord record = addKey("Grid bot", API_KEY);
        dialogs.answering(true);
        try (UsageHistory run = new UsageHistory(vault, record.id(), "bot.py", new UsageLedger(), Clock.systemUTC(),
                warning -> { })) {
            run.start("Refused: withdrawals.");
            CredentialsFormViewModel edit = form(record);

            edit.delete();

            assertThat(vault.keys()).hasSize(1);
            assertThat(deleted).isFalse();
            assertThat(edit.busyProperty().get()).isFalse();
            assertThat(edit.messageProperty().get()).startsWith("\"Grid bot\" was not deleted. In use by a bot")
                    .contains("Stop that bot first");
        }
        form(record).delete();
        assertThat(vault.keys()).as("once the run stopped").isEmpty();
    }

    @Test
    void showsTheStoredApiKeyAtOnceAndTheSecretsOnlyAfterTheMasterPassword() {
        KeyRecord record = addKey("Grid bot", API_KEY);
        CredentialsFormViewModel edit = form(record);
        List<String> shown = new ArrayList<>();
        int[] refusals = {0};

        edit.revealStored(CredentialField.API_KEY, value -> shown.add(value.reveal()), () -> { }, () -> refusals[0]++);
        assertThat(shown).containsExactly(API_KEY);
        assertThat(dialogs.confirmations).as("the API key is not a secret: no question").isEmpty();

        edit.revealStored(CredentialField.SECRET_KEY, value -> shown.add(value.reveal()), () -> { }, () -> refusals[0]++);
        assertThat(dialogs.confirmations).singleElement().asString().contains("master password");
        assertThat(refusals[0]).as("cancelled").isEqualTo(1);

        dialogs.typingPassword("lantern orbit velvet cactuz");
        edit.revealStored(CredentialField.SECRET_KEY, value -> shown.add(value.reveal()), () -> { }, () -> refusals[0]++);
        assertThat(refusals[0]).as("a wrong password shows nothing").isEqualTo(2);
        assertThat(edit.messageProperty().get()).contains("not your master password");
        assertThat(shown).containsExactly(API_KEY);

        dialogs.typingPassword("lantern orbit velvet cactus");
        edit.revealStored(CredentialField.SECRET_KEY, value -> shown.add(value.reveal()), () -> { }, () -> refusals[0]++);
        int asked = dialogs.confirmations.size();
        edit.revealStored(CredentialField.PASSPHRASE, value -> shown.add(value.reveal()), () -> { }, () -> refusals[0]++);
        assertThat(shown).containsExactly(API_KEY, SECRET_KEY, PASSPHRASE);
        assertThat(dialogs.confirmations).as("asked once for the form").hasSize(asked);
        assertThat(edit.messageProperty().get()).isEmpty();
    }

    @Test
    void aNewKeyHasNoStoredValueToShow() {
        int[] refusals = {0};
        form(null).revealStored(CredentialField.API_KEY, value -> { }, () -> { }, () -> refusals[0]++);
        assertThat(refusals[0]).isEqualTo(1);
    }
}
