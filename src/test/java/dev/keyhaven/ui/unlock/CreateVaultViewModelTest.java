package dev.keyhaven.ui.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.secret.Secret;
import dev.keyhaven.ui.common.BackgroundWork;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultFile;
import dev.keyhaven.vault.VaultOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateVaultViewModelTest {

    @TempDir
    Path folder;

    private final List<Vault> created = new ArrayList<>();
    private CreateVaultViewModel model;

    @BeforeEach
    void setUp() {
        model = new CreateVaultViewModel(folder.resolve("vault.keyhaven"), VaultOptions.forTests(),
                BackgroundWork.inline(), created::add);
    }

    @AfterEach
    void closeVaults() {
        created.forEach(Vault::close);
    }

    private void create(String password, String repeated) {
        try (Secret first = Secret.ofString(password); Secret second = Secret.ofString(repeated)) {
            model.create(first, second);
        }
    }

    @Test
    void twoDifferentEntriesAreCaughtBeforeAnythingIsWritten() {
        create("lantern orbit velvet cactus", "lantern orbit velvet cactuss");
        assertThat(model.errorProperty().get()).contains("differ");
        assertThat(created).isEmpty();
        assertThat(VaultFile.exists(folder.resolve("vault.keyhaven"))).isFalse();
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRule() {
        create("password1234", "password1234");
        assertThat(model.errorProperty().get()).contains("not strong enough").contains("12 characters");
        assertThat(created).isEmpty();
    }

    @Test
    void aStrongPasswordCreatesAVaultThatOpensWithIt() throws Exception {
        create("lantern orbit velvet cactus", "lantern orbit velvet cactus");
        assertThat(created).hasSize(1);
        assertThat(model.busyProperty().get()).isFalse();
        created.get(0).close();
        try (Secret password = Secret.ofString("lantern orbit velvet cactus");
                Vault reopened = Vault.open(folder.resolve("vault.keyhaven"), password, VaultOptions.forTests())) {
            assertThat(reopened.keys()).isEmpty();
        }
    }

    @Test
    void theMeterFollowsThePasswordBeingTyped() {
        try (Secret weak = Secret.ofString("abc")) {
            model.passwordChanged(weak);
        }
        assertThat(model.strongEnoughProperty().get()).isFalse();
        assertThat(model.adviceProperty().get()).contains("Too short");
        try (Secret strong = Secret.ofString("lantern orbit velvet cactus")) {
            model.passwordChanged(strong);
        }
        assertThat(model.strongEnoughProperty().get()).isTrue();
        assertThat(model.scoreProperty().get()).isGreaterThanOrEqualTo(3);
    }

    private void typed(String password, String repeated) {
        try (Secret first = Secret.ofString(password); Secret second = Secret.ofString(repeated)) {
            model.passwordChanged(first);
            model.entriesChanged(first, second);
        }
    }

    @Test
    void createStaysOffUntilAGoodPasswordIsTypedTwiceTheSame() {
        typed("password1234", "password1234");
        assertThat(model.readyBinding().get()).as("matching but weak").isFalse();
        assertThat(model.matchHintProperty().get()).as("matching but weak").contains("not strong enough");
        typed("lantern orbit velvet cactus", "lantern orbit velvet");
        assertThat(model.readyBinding().get()).as("good, second entry unfinished").isFalse();
        assertThat(model.matchHintProperty().get()).as("says why Create is off").contains("shorter");
        typed("lantern orbit velvet cactus", "lantern orbix");
        assertThat(model.matchHintProperty().get()).as("differs before its end").contains("differ");
        typed("lantern orbit velvet cactus", "lantern orbit velvet cactuz");
        assertThat(model.readyBinding().get()).isFalse();
        assertThat(model.matchHintProperty().get()).contains("differ");
        typed("lantern orbit velvet cactus", "lantern orbit velvet cactus");
        assertThat(model.readyBinding().get()).isTrue();
        assertThat(model.matchHintProperty().get()).isEmpty();
    }

    @Test
    void aStaleErrorGoesWhenEitherEntryChanges() {
        create("lantern orbit velvet cactus", "lantern orbit velvet cactuss");
        assertThat(model.errorProperty().get()).isNotEmpty();
        try (Secret first = Secret.ofString("lantern orbit velvet cactus");
                Secret second = Secret.ofString("lantern orbit velvet cactu")) {
            model.entriesChanged(first, second);
        }
        assertThat(model.errorProperty().get()).isEmpty();
    }
}
