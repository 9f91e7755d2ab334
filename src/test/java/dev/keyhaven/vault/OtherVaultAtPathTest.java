package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Another vault with the same master password copied over the vault's path is told, until the user takes it. */
class OtherVaultAtPathTest extends VaultFileFixture {

    private VaultOptions options() {
        return VaultOptions.forTests().withGenerationMemory(folder.resolve("config"));
    }

    private void anotherVaultCopiedOverIt() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("grid"));
        }
        Path other = folder.resolve("other.khvault");
        try (Vault vault = Vault.create(other, TestKeys.password(), options())) {
            vault.add(TestKeys.draft("decoy"));
        }
        Files.copy(other, file(), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anotherVaultAtThePathIsToldWithWhenItWasCreated() throws Exception {
        anotherVaultCopiedOverIt();

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.otherVaultWarning()).hasValueSatisfying(warning -> assertThat(warning)
                    .startsWith("This is not the vault last opened here (" + file() + ")")
                    .contains("It was created on ")
                    .contains("If you did not replace it, do not use it")
                    .contains("keyhaven info --accept-other-vault"));
            assertThat(vault.keys()).extracting(KeyRecord::label).containsExactly("decoy");
        }
        try (Vault vault = Vault.openShared(file(), TestKeys.password(), options())) {
            assertThat(vault.otherVaultWarning()).as("still, and to a shared opener too").isPresent();
        }
    }

    @Test
    void acceptingTheOtherVaultMakesItTheOneRememberedHere() throws Exception {
        anotherVaultCopiedOverIt();

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            vault.acceptOtherVault();
            assertThat(vault.otherVaultWarning()).isEmpty();
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.otherVaultWarning()).isEmpty();
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aNewVaultCreatedAtThePathOrABackupRestoredIsNotWarnedAbout() throws Exception {
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("grid"));
        }
        Files.delete(file());
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.backups().now("manual");
        }
        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.otherVaultWarning()).as("created here by Keyhaven").isEmpty();
        }
    }

    @Test
    void aVaultIsCreatedWhenItsFirstKeyWasAddedOrElseWhenItsFileWasMade() throws Exception {
        Instant firstKey = Instant.parse("2021-03-04T05:06:00Z");
        try (Vault vault = Vault.create(file(), TestKeys.password(), options())) {
            vault.add(TestKeys.draft("grid"));
        }
        try (RawVaultFile raw = new RawVaultFile(file())) {
            raw.execute("UPDATE keys SET created_at = " + firstKey.toEpochMilli());
            assertThat(VaultAtPath.createdOn(raw.connection(), file())).as("the file is younger").isEqualTo(firstKey);
            assertThat(VaultAtPath.createdOn(raw.connection(), folder.resolve("gone.khvault")))
                    .as("no file to ask").isEqualTo(firstKey);
            raw.execute("DELETE FROM keys");
            Instant made = Files.readAttributes(file(), BasicFileAttributes.class).creationTime().toInstant();
            assertThat(VaultAtPath.createdOn(raw.connection(), file())).as("no key: the file's own date").isEqualTo(made);
        }
    }

    @Test
    @Tag("mutation-redundant")
    void aMemoryThatCannotBeReadLocksNobodyOut() throws Exception {
        anotherVaultCopiedOverIt();
        Path memory = folder.resolve("config").resolve(PathMemory.FILE_NAME);
        Files.delete(memory);
        Files.createDirectory(memory);

        try (Vault vault = Vault.open(file(), TestKeys.password(), options())) {
            assertThat(vault.keys()).hasSize(1);
            assertThat(vault.otherVaultWarning()).isEmpty();
        }
    }

    @Test
    void aNewVaultIsRememberedAtItsPathFromItsCreation() throws Exception {
        Vault.create(file(), TestKeys.password(), options()).close();

        assertThat(new PathMemory(folder.resolve("config")).lastAt(file())).hasValueSatisfying(seen ->
                assertThat(seen.highestFormat()).isEqualTo(Schema.current().latestVersion()));
    }

    @Test
    void aVaultUnlockedAtAPathItWasNotSeenAtIsRememberedThere() throws Exception {
        Vault.create(file(), TestKeys.password(), VaultOptions.forTests()).close();

        Vault.open(file(), TestKeys.password(), options()).close();

        assertThat(new PathMemory(folder.resolve("config")).lastAt(file())).isPresent();
    }
}
