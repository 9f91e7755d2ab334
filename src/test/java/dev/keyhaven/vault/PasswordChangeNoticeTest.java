package dev.keyhaven.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The notice after a password change speaks of one backup as "it" and of several as "them". */
class PasswordChangeNoticeTest {

    private static Backup backup(int n) {
        return new Backup("20261123-17450" + n, Path.of("backups", n + ".khbackup"), Instant.EPOCH, "password change", 1);
    }

    @Test
    void oneBackupIsIt() {
        assertThat(new PasswordChange(List.of(backup(1))).notice()).isEqualTo("The master password was changed, and"
                + " everything in the vault is now encrypted under a new key. 1 backup made before the change still"
                + " opens with the old password. Delete it, or re-encrypt it so that only the new password opens it."
                + " If the old password may have leaked, also rotate your OKX keys (the Rotate guide in the app):"
                + " anyone who had the old password and a copy of the vault has the keys in it."
                + PasswordChange.SCRIPTS_NEED_IT);
    }

    @Test
    void severalBackupsAreThem() {
        assertThat(new PasswordChange(List.of(backup(1), backup(2))).notice()).isEqualTo("The master password was"
                + " changed, and everything in the vault is now encrypted under a new key. 2 backups made before the"
                + " change still open with the old password. Delete them, or re-encrypt them so that only the new"
                + " password opens them. If the old password may have leaked, also rotate your OKX keys (the Rotate"
                + " guide in the app): anyone who had the old password and a copy of the vault has the keys in it."
                + PasswordChange.SCRIPTS_NEED_IT);
    }

    @Test
    @Tag("mutation-redundant")
    void theListIsACopy() {
        List<Backup> given = new ArrayList<>(List.of(backup(1)));
        PasswordChange change = new PasswordChange(given);
        given.add(backup(2));
        assertThat(change.backupsWithOldPassword()).containsExactly(backup(1));
    }
}
