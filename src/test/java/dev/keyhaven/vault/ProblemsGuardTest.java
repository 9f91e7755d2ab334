package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keyhaven.vault.VaultException.Reason;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sentences a refusal carries, the reason the faces act on, and the small value types around them. */
class ProblemsGuardTest {

    @TempDir
    Path folder;

    @Test
    void eachRefusalHasItsReasonAndSaysWhatToDoNext() {
        Path file = folder.resolve("keys.khvault");
        assertRefusal(Problems.notFound(file), Reason.NOT_FOUND, "There is no vault at " + file);
        assertRefusal(Problems.alreadyExists(file), Reason.ALREADY_EXISTS, "A file already exists at " + file);
        assertRefusal(Problems.wrongPassword(), Reason.WRONG_PASSWORD, "The master password is not right.");
        assertRefusal(Problems.inUse(file), Reason.IN_USE, "This vault is already open");
        assertRefusal(Problems.sharedCannotChange(file), Reason.IN_USE, "Another Keyhaven window or command is changing");
        assertRefusal(Problems.beingReplaced(file), Reason.BUSY, "Another Keyhaven is restoring a backup");
        assertRefusal(Problems.readersPresent(file), Reason.BUSY, "A Keyhaven command is still reading this vault");
        assertRefusal(Problems.busy(file), Reason.BUSY, "Another Keyhaven was writing to this vault");
        assertRefusal(Problems.formatUpdatePending(file), Reason.IN_USE, "This vault (" + file + ") is open in another");
        assertRefusal(Problems.locked(), Reason.LOCKED, "The vault is locked.");
        assertRefusal(Problems.invalid("Give it a label."), Reason.INVALID_INPUT, "Give it a label.");
        assertRefusal(Problems.unknownKey(42), Reason.INVALID_INPUT, "There is no key with id 42 in this vault.");
        assertRefusal(Problems.newerFormat(9, 2), Reason.NEWER_FORMAT,
                "This vault was written by a newer Keyhaven (format 9; this version reads up to format 2).");
        assertRefusal(Problems.isAFolder(folder), Reason.NOT_FOUND, folder + " is a folder, not a vault file.");
        assertRefusal(Problems.notAVault(file), Reason.DAMAGED, "This vault file is damaged (it is not a Keyhaven vault).");
        assertRefusal(Problems.passwordChangedElsewhere(file), Reason.LOCKED,
                "The master password of this vault (" + file + ") was changed in another Keyhaven");
        assertThat(Problems.olderCopy(file, 7, 5, false)).startsWith("This vault file (" + file + ") is older than the"
                + " one Keyhaven last saw (it is at change 5; Keyhaven last saw change 7)");
        assertThat(Problems.olderCopy(file, 7, 5, true)).as("warned before, still below")
                .contains("(it is at change 5; Keyhaven last saw change 7)");
        assertThat(Problems.olderCopy(file, 7, 7, false)).contains("(it is at change 7 as the one Keyhaven last saw,"
                + " but a different version of it, one that went another way after an older state)");
        assertThat(Problems.olderCopy(file, 7, 7, true)).as("warned before, written to up to the change seen")
                .contains("(it is at change 7 as the one Keyhaven last saw, but a different version");
        assertThat(Problems.olderCopy(file, 7, 9, true)).contains("(Keyhaven had seen it at change 7 when an older copy"
                + " took its place; that copy has been written to since, up to change 9, which does not make it the"
                + " newer one)").doesNotContain("change 9 of 7");
    }

    @Test
    void weakSettingsAreDescribedInMibOrKibAndLanes() {
        VaultException weak = Problems.weakParameters(new KdfParameters(1000, 1, 2), KdfParameters.FLOOR);
        assertThat(weak.reason()).isEqualTo(Reason.WEAK_PARAMETERS);
        assertThat(weak.getMessage()).contains("(Argon2id with 1000 KiB, 1 passes, 2 lanes)")
                .contains("(at least 64 MiB, 3 passes, 1 lane)");
        assertThat(Problems.describe(new KdfParameters(1024, 2, 4))).isEqualTo("1 MiB, 2 passes, 4 lanes");
        assertThat(Problems.describe(new KdfParameters(1025, 2, 1))).isEqualTo("1025 KiB, 2 passes, 1 lane");
    }

    @Test
    void aTimeIsShownInThisComputersZone() {
        Instant when = Instant.parse("2026-11-23T17:45:00Z");
        String expected = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.ENGLISH)
                .format(when.atZone(java.time.ZoneId.systemDefault()));
        assertThat(Problems.describe(when)).isEqualTo(expected);
    }

    @Test
    void aDiskFailureNamesTheKindButNotTheSystemsText() {
        Path file = folder.resolve("keys.khvault");
        IOException denied = new AccessDeniedException(file.toString(), null, "secret-looking text");
        VaultException io = Problems.io("save the key", file, denied);
        assertThat(io.reason()).isEqualTo(Reason.IO);
        assertThat(io.getMessage()).isEqualTo("Keyhaven could not save the key at " + file + " (AccessDeniedException)."
                + " Check that the disk has free space and the folder is writable, then try again.");
        assertThat(io.getCause()).isSameAs(denied);

        assertThat(Problems.io("save the key", file, new IOException()).getMessage())
                .startsWith("Keyhaven could not save the key at " + file + ". Check");
        assertThat(Problems.io("save the key", file, new SQLException("text")).getMessage())
                .startsWith("Keyhaven could not save the key at " + file + ". Check");

        VaultException busy = Problems.io("restore the backup", file, new AtomicRename.FileInUseException(file, null));
        assertThat(busy.reason()).isEqualTo(Reason.BUSY);
        assertThat(busy.getMessage()).startsWith("Keyhaven could not restore the backup at " + file
                + ": another program kept the file open");
    }

    @Test
    void damageAndTamperingPointToTheNewestGoodBackup() throws Exception {
        Path file = folder.resolve("keys.khvault");
        VaultException noBackup = Problems.damaged(file, "its header is missing", null);
        assertThat(noBackup.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(noBackup.getMessage()).isEqualTo("This vault file is damaged (its header is missing). No whole backup"
                + " was found beside it. Keep the file as it is, and restore it from your computer's own backups if you have any.");
        assertThat(noBackup.newestGoodBackup()).isEmpty();
        VaultException untouched = Problems.tampered(file, "a key was deleted", null);
        assertThat(untouched.reason()).isEqualTo(Reason.TAMPERED);
        assertThat(untouched.getMessage()).startsWith("This vault was changed outside Keyhaven (a key was deleted): a key")
                .contains(" No intact backup was found beside it");
        assertThat(untouched.newestGoodBackup()).isEmpty();

        Backup older;
        Backup newer;
        try (Vault vault = Vault.create(file, TestKeys.password(), VaultOptions.forTests().withClock(
                Clock.fixed(Instant.parse("2026-11-23T17:45:00Z"), ZoneOffset.UTC)))) {
            older = vault.backups().now("manual");
            newer = vault.backups().now("manual");
        }
        Throwable cause = new IllegalStateException("cause");
        VaultException damaged = Problems.damaged(file, "its header is missing", cause);
        assertThat(damaged.newestGoodBackup()).contains(newer.file());
        assertThat(damaged.getCause()).isSameAs(cause);
        assertThat(damaged.getMessage()).contains(" Your newest whole backup is from " + Problems.describe(newer.createdAt())
                + ": restore it");

        VaultException newest = Problems.tampered(file, "rows were swapped", null);
        assertThat(newest.newestGoodBackup()).contains(newer.file());
        assertThat(newest.getMessage()).contains(" Your newest backup is from ");
        VaultException intact = Problems.tampered(file, "rows were swapped", older.file());
        assertThat(intact.newestGoodBackup()).contains(older.file());
        assertThat(intact.getMessage()).contains(" Your newest intact backup is from ").contains("rotate your OKX keys");
        VaultException gone = Problems.tampered(file, "rows were swapped", folder.resolve("gone.khbackup"));
        assertThat(gone.newestGoodBackup()).isEmpty();
    }

    @Test
    void anExceptionKeepsItsReasonCauseAndBackup() {
        Throwable cause = new IOException("disk");
        Path backup = folder.resolve("b.khbackup");
        VaultException full = new VaultException(Reason.DAMAGED, "sentence", backup, cause);
        assertThat(full.reason()).isEqualTo(Reason.DAMAGED);
        assertThat(full.getMessage()).isEqualTo("sentence");
        assertThat(full.getCause()).isSameAs(cause);
        assertThat(full.newestGoodBackup()).contains(backup);
        VaultException withCause = new VaultException(Reason.IO, "io", cause);
        assertThat(withCause.getCause()).isSameAs(cause);
        assertThat(withCause.newestGoodBackup()).isEmpty();
        assertThat(new VaultException(Reason.BUSY, "busy").getCause()).isNull();
    }

    @Test
    void theSmallValueTypesCopyWhatTheyAreGiven() {
        List<String> labels = new ArrayList<>(List.of("other bot"));
        SaveOutcome outcome = new SaveOutcome(null, labels);
        labels.add("third");
        assertThat(outcome.duplicateOf()).containsExactly("other bot");
        assertThat(outcome.hasWarnings()).isTrue();
        assertThat(outcome.warnings()).containsExactly("This API key is also stored as \"other bot\". OKX advises one"
                + " key per bot: create a separate key for each.");
        assertThat(new SaveOutcome(null, List.of()).hasWarnings()).isFalse();
        assertThat(new SaveOutcome(null, List.of()).warnings()).isEmpty();

        List<Backup> backups = new ArrayList<>();
        VaultInfo info = new VaultInfo(folder, 2, Argon2idKdf.ALGORITHM, KdfParameters.FLOOR, 3, 1, backups);
        backups.add(new Backup("id", folder, Instant.EPOCH, "manual", 1));
        assertThat(info.backups()).isEmpty();
        assertThatThrownBy(() -> info.backups().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void kdfSettingsMeetAFloorOnlyWhenEveryCostDoes() {
        KdfParameters floor = new KdfParameters(1024, 3, 1);
        assertThat(new KdfParameters(1024, 3, 1).meets(floor)).isTrue();
        assertThat(new KdfParameters(2048, 4, 2).meets(floor)).isTrue();
        assertThat(new KdfParameters(1023, 3, 1).meets(floor)).isFalse();
        assertThat(new KdfParameters(1024, 2, 1).meets(floor)).isFalse();
        assertThat(new KdfParameters(1024, 3, 0).meets(floor)).isFalse();
        assertThat(KdfParameters.FLOOR).isEqualTo(new KdfParameters(64 * 1024, 3, 1));
    }

    @Test
    void optionsNeedEverySettingAndKeepTheOthersWhenOneChanges() {
        assertThatThrownBy(() -> new VaultOptions(null, Duration.ZERO, Clock.systemUTC())).hasMessage("floor");
        assertThatThrownBy(() -> new VaultOptions(KdfParameters.FLOOR, null, Clock.systemUTC())).hasMessage("unlockTarget");
        assertThatThrownBy(() -> new VaultOptions(KdfParameters.FLOOR, Duration.ZERO, null)).hasMessage("clock");

        VaultOptions standard = VaultOptions.standard();
        assertThat(standard.floor()).isEqualTo(KdfParameters.FLOOR);
        assertThat(standard.unlockTarget()).isEqualTo(Duration.ofSeconds(1));
        assertThat(standard.generationMemory()).isEqualTo(VaultLocation.ofThisUser().configDirectory());
        assertThat(standard.memory()).isNotNull();

        VaultOptions tests = VaultOptions.forTests();
        assertThat(tests.unlockTarget()).isZero();
        assertThat(tests.memory()).isNull();
        Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        VaultOptions moved = tests.withGenerationMemory(folder).withClock(clock);
        assertThat(moved.clock()).isSameAs(clock);
        assertThat(moved.generationMemory()).isEqualTo(folder);
        assertThat(moved.floor()).isEqualTo(tests.floor());
        assertThat(moved.unlockTarget()).isEqualTo(tests.unlockTarget());
        assertThat(tests.withClock(clock).withGenerationMemory(folder)).isEqualTo(moved);
    }

    private static void assertRefusal(VaultException e, Reason reason, String start) {
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.getMessage()).startsWith(start);
    }
}
