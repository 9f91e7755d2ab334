package dev.keyhaven.keys;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import dev.keyhaven.vault.ApiKeyStart;
import dev.keyhaven.vault.HistoryEntry;
import dev.keyhaven.vault.KeyDraft;
import dev.keyhaven.vault.KeyRecord;
import dev.keyhaven.vault.SaveOutcome;
import dev.keyhaven.vault.Vault;
import dev.keyhaven.vault.VaultException;
import dev.keyhaven.vault.VaultException.Reason;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Rotating and revoking keys in the vault. What happens on OKX (creating, deleting keys) is the trader's
 * part, guided by the ROTATE and REVOKE checklists; nothing here is ever deleted, only archived.
 */
public final class KeyLifecycle {

    /** How the history note of a revocation begins. */
    static final String REVOKED = "Revoked as possibly compromised";

    private final Vault vault;
    private final Clock clock;
    private final KeyService checks;

    /** Without checks, for archiving alone: {@link #rotateChecked} and {@link #confirmRevoked} need a KeyService. */
    public KeyLifecycle(Vault vault, Clock clock) {
        this(vault, clock, null);
    }

    public KeyLifecycle(Vault vault, Clock clock, KeyService checks) {
        this.vault = vault;
        this.clock = clock;
        this.checks = checks;
    }

    /**
     * A rotation that checks the new key with OKX first, as the guide promises. Only a key OKX accepts and
     * that is fit for the old key's purpose (works, perhaps with warnings) replaces the old one, through
     * {@link #rotate}; the check is then the new key's first history entry. Otherwise nothing changes: the
     * old key stays active and nothing is archived, and the outcome says why and what to do.
     *
     * @param newCredentials the new key's three values; the caller still owns and closes them
     */
    public Rotation rotateChecked(long oldId, Credentials newCredentials) throws VaultException {
        KeyRecord old = activeKey(oldId);
        refuseSameApiKey(old, newCredentials);
        CheckResult check = requireChecks().checkCandidate(old, newCredentials);
        KeyVerdict verdict = KeyStatus.verdictOf(check, KeyStatus.unboundByChoice(old.checklistDone()));
        if (verdict != KeyVerdict.WORKS && verdict != KeyVerdict.WORKS_WITH_WARNINGS) {
            return Rotation.refused(old, check, verdict);
        }
        SaveOutcome installed = rotate(oldId, newCredentials);
        vault.recordHistory(installed.record().id(), KeyService.historyEntry(check));
        return new Rotation(installed, check, verdict, "");
    }

    /**
     * After a revocation: asks OKX whether it still accepts the key (recorded in its history), so the
     * trader learns whether deleting it on OKX worked.
     */
    public RevokeConfirmation confirmRevoked(long id) throws VaultException {
        KeyRecord key = vault.key(id).orElseThrow(() -> new VaultException(Reason.INVALID_INPUT,
                "There is no key with id " + id + " in this vault. Refresh the key list and try again."));
        return RevokeConfirmation.of(key, ApiKeyStart.of(vault, id), requireChecks().check(vault, id));
    }

    private KeyService requireChecks() {
        if (checks == null) {
            throw new IllegalStateException("This KeyLifecycle was made without a KeyService: it cannot check keys.");
        }
        return checks;
    }

    /**
     * Replaces a key by a new one made on OKX, in one vault transaction. The new record takes the old
     * one's label and settings, so that bots that ask for the key by name get the new one; the old record
     * is renamed "label (replaced yyyy-mm-dd)" and archived, pointing to its replacement. If anything
     * fails, the vault is left as it was.
     *
     * @param newCredentials the new key's three values; the caller still owns and closes them
     */
    public SaveOutcome rotate(long oldId, Credentials newCredentials) throws VaultException {
        KeyRecord old = activeKey(oldId);
        refuseSameApiKey(old, newCredentials);
        String archivedLabel = archivedLabel(old);
        return vault.replace(oldId, KeyDraft.of(old).withCredentials(newCredentials), archivedLabel,
                change(ArchiveReason.REPLACED_IN_ROTATION + " by the key now called \"" + old.label() + "\"."),
                change("Replaces the key archived as \"" + archivedLabel + "\"."));
    }

    /**
     * "Grid bot (replaced 2026-11-23)"; a second rotation on the same day says it is the second archived copy
     * ("Grid bot (replaced 2026-11-23, archived copy 2)") instead of a record number nobody can read. The number
     * follows the highest copy still in the vault: one deleted for good leaves the others' names as they were, and
     * the newest copy never takes a lower number than an older one (copy 2 kept, copy 1 deleted: the next is copy 3).
     */
    private String archivedLabel(KeyRecord old) throws VaultException {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (KeyRecord each : vault.archivedKeys()) {
            taken.add(each.label().toLowerCase(java.util.Locale.ROOT));
        }
        for (KeyRecord each : vault.keys()) {
            taken.add(each.label().toLowerCase(java.util.Locale.ROOT));
        }
        String base = old.label() + " (replaced " + LocalDate.now(clock);
        int highest = highestCopy(taken, base.toLowerCase(java.util.Locale.ROOT));
        String label = highest == 0 ? base + ")" : base + ", archived copy " + (highest + 1) + ")";
        for (int copy = highest + 2; taken.contains(label.toLowerCase(java.util.Locale.ROOT)); copy++) {
            label = base + ", archived copy " + copy + ")";
        }
        return label;
    }

    /** 0 when no label is {@code base}'s, 1 for "base)" itself, n for "base, archived copy n)". */
    private static int highestCopy(java.util.Set<String> taken, String base) {
        int highest = 0;
        for (String label : taken) {
            if (label.equals(base + ")")) {
                highest = Math.max(highest, 1);
            } else if (label.startsWith(base + ", archived copy ") && label.endsWith(")")) {
                String number = label.substring(base.length() + ", archived copy ".length(), label.length() - 1);
                if (number.matches("[0-9]{1,6}")) {
                    highest = Math.max(highest, Integer.parseInt(number));
                }
            }
        }
        return highest;
    }

    /**
     * Archives a key that may have leaked. Keyhaven stops offering it to bots; the trader still has to
     * delete it on OKX (the REVOKE checklist says so first). The archive and its note are one transaction.
     */
    public void revoke(long id) throws VaultException {
        activeKey(id);
        vault.archiveWithNote(id, new HistoryEntry(clock.instant(), HistoryEntry.Kind.CHANGE,
                HistoryEntry.Outcome.WARNING, REVOKED + ". Delete it on OKX if it is still there.",
                false, null, List.of(), null, List.of(), null));
    }

    /**
     * Archives a healthy key the trader no longer uses: it leaves the list, its values and history are kept, and
     * Archived keys can restore it. It still works on OKX until the trader deletes it there.
     *
     * @return why it was not archived (a bot uses it through the gateway now), or empty once archived
     */
    public java.util.Optional<String> archive(long id) throws VaultException {
        KeyRecord key = activeKey(id);
        java.util.Optional<String> refused = KeyInUse.of(vault.history(id)).refusesArchiving(key.label(),
                clock.getZone());
        if (refused.isEmpty()) {
            vault.archiveWithNote(id, HistoryNotes.archivedUnused(clock.instant()));
        }
        return refused;
    }

    /**
     * Archives a key that OKX no longer knows ({@link KeyStatus#unknownOnOkx}): deleted there, so there is
     * nothing to delete and no leak to fear. Its history says when OKX refused it; Archived keys can restore it.
     *
     * @throws VaultException when OKX's newest answer about the key was not that it does not know it
     */
    public void archiveGone(long id) throws VaultException {
        KeyRecord key = activeKey(id);
        KeyStatus status = KeyStatus.of(vault, key);
        if (!status.unknownOnOkx()) {
            throw new VaultException(Reason.INVALID_INPUT, "OKX did not say, when it last answered about \""
                    + key.label() + "\", that it no longer knows it. Check the key first; if it may have leaked, use \"This key"
                    + " may have leaked\" instead.");
        }
        vault.archiveWithNote(id, HistoryNotes.goneOnOkx(clock.instant(), status.refusedAt().orElseThrow(),
                clock.getZone()));
    }

    /**
     * Brings an archived key back to the active keys, with a note in its history: its older checks speak of
     * the time before it was archived, so its status is "Changed, not checked" until it is checked again.
     */
    public void restore(long id) throws VaultException {
        vault.unarchiveWithNote(id, KeyStatus.restored(clock.instant()));
    }

    private KeyRecord activeKey(long id) throws VaultException {
        KeyRecord key = vault.key(id).orElseThrow(() -> new VaultException(Reason.INVALID_INPUT,
                "There is no key with id " + id + " in this vault. Refresh the key list and try again."));
        if (key.archived()) {
            throw new VaultException(Reason.INVALID_INPUT, "\"" + key.label() + "\" is archived already."
                    + (key.replacedById() == null ? "" : " Rotate the key that replaced it instead."));
        }
        return key;
    }

    private void refuseSameApiKey(KeyRecord old, Credentials newCredentials) throws VaultException {
        boolean same;
        try (Credentials stored = vault.credentials(old.id());
             Secret newApiKey = newCredentials.apiKey().stripped()) {
            same = stored.apiKey().contentEquals(newApiKey);
        }
        if (same) {
            throw new VaultException(Reason.INVALID_INPUT, "This is the API key of \"" + old.label()
                    + "\" itself. Create a new key on OKX and paste the new key's values.");
        }
    }

    private HistoryEntry change(String summary) {
        return new HistoryEntry(clock.instant(), HistoryEntry.Kind.CHANGE, HistoryEntry.Outcome.INFO, summary,
                false, null, List.of(), null, List.of(), null);
    }
}
