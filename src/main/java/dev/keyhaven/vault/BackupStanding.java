package dev.keyhaven.vault;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What one backup holds compared with the vault now, in the words every face shows: when and why it was
 * made, how many keys it holds, and which of today's keys restoring it would lose or bring back. Labels
 * only, never a secret.
 *
 * @param vaultActive    active keys in the vault now
 * @param lacks          labels of keys in the vault now that the backup does not hold (active first)
 * @param lacksArchived  how many of {@code lacks} are archived now
 * @param extra          labels of keys the backup holds that the vault no longer has
 * @param activeAgain    labels of keys archived now that are active in the backup
 * @param problem        for {@link State#DAMAGED} and {@link State#EDITED}: what is wrong with it; otherwise ""
 * @param goneOnOkx      keys restoring it makes active that OKX said it no longer knows (from the vault's history
 *                       of the key now, or the backup's)
 * @param asOf           the newest change its sealed rows record, which the vault's key authenticates; null when it
 *                       records none Keyhaven can trust (not sealed, not opened, empty). Its file name never sets it.
 * @param namedInTheFuture its name says it was made later than now ({@link BackupDate#inTheFuture})
 */
public record BackupStanding(Backup backup, State state, int activeKeys, int archivedKeys, int vaultActive,
                             List<String> lacks, int lacksArchived, List<String> extra, List<String> activeAgain,
                             String problem, List<GoneKey> goneOnOkx, Instant asOf, boolean namedInTheFuture) {

    /** A key that restoring makes active though OKX said, at {@code saidAt}, that it no longer knows it. */
    public record GoneKey(String name, Instant saidAt) {
    }

    /** Whether Keyhaven could read what the backup holds. */
    public enum State {
        /** Read with the vault's own key and compared. */
        COMPARED,
        /** Locked with a master password used before the current one: its keys cannot be read now. */
        OLDER_PASSWORD,
        /**
         * Its keys are under the vault's own data key but its header, which the master password unlocks, was
         * changed outside Keyhaven (the copy kept before restoring from such a change): the password does not open it.
         */
        HEADER_CHANGED,
        /**
         * Opens with the vault's own data key, but its rows do not match its seal: its keys or their history were
         * deleted, added, swapped or edited outside Keyhaven after it was made. Never restored.
         */
        EDITED,
        /**
         * A Keyhaven vault, but not a copy of this one (another vault's id in its header): never restored over this
         * vault, and never told as this vault's older-password copy.
         */
        ANOTHER_VAULT,
        /**
         * Says it is of a format this Keyhaven does not know (a newer Keyhaven's, or its number changed outside
         * Keyhaven): never restored, since this Keyhaven could not open the vault afterwards.
         */
        NEWER_FORMAT,
        /** Not a readable vault copy. */
        DAMAGED
    }

    public BackupStanding {
        lacks = List.copyOf(lacks);
        extra = List.copyOf(extra);
        activeAgain = List.copyOf(activeAgain);
        problem = problem == null ? "" : problem;
        goneOnOkx = goneOnOkx == null ? List.of() : List.copyOf(goneOnOkx);
    }

    public BackupStanding(Backup backup, State state, int activeKeys, int archivedKeys, int vaultActive,
                          List<String> lacks, int lacksArchived, List<String> extra, List<String> activeAgain,
                          String problem) {
        this(backup, state, activeKeys, archivedKeys, vaultActive, lacks, lacksArchived, extra, activeAgain, problem,
                List.of(), null, false);
    }

    /** This standing with whether its name says it was made later than {@code now} allows. */
    BackupStanding nameCheckedAt(Instant now) {
        return new BackupStanding(backup, state, activeKeys, archivedKeys, vaultActive, lacks, lacksArchived, extra,
                activeAgain, problem, goneOnOkx, asOf, BackupDate.inTheFuture(backup, now));
    }

    /** When it was made, as its name says, e.g. "2 Dec 2026, 07:15"; {@link #dateDoubt} tells when that cannot be. */
    public String date(ZoneId zone) {
        return moment(backup.createdAt(), zone);
    }

    /** Why its name's date cannot be right ({@link BackupDate#doubt}); empty for a backup whose name can be trusted. */
    public java.util.Optional<String> dateDoubt(ZoneId zone) {
        return BackupDate.doubt(backup, asOf, namedInTheFuture, zone);
    }

    /** Whether its name's date cannot be right: then it is never the last backup. */
    public boolean dateDoubted() {
        return dateDoubt(ZoneId.systemDefault()).isPresent();
    }

    /**
     * What it holds no change after: when it was made, or, when its name cannot be trusted, the newest change sealed
     * inside it (the start of time when none is known).
     */
    public Instant holdsNoChangeAfter() {
        return !dateDoubted() ? backup.createdAt() : asOf != null ? asOf : Instant.EPOCH;
    }

    static BackupStanding olderPassword(Backup backup) {
        return new BackupStanding(backup, State.OLDER_PASSWORD, 0, 0, 0, List.of(), 0, List.of(), List.of(), "");
    }

    static BackupStanding headerChanged(Backup backup) {
        return new BackupStanding(backup, State.HEADER_CHANGED, 0, 0, 0, List.of(), 0, List.of(), List.of(), "");
    }

    static BackupStanding edited(Backup backup, String what) {
        return new BackupStanding(backup, State.EDITED, 0, 0, 0, List.of(), 0, List.of(), List.of(), what);
    }

    static BackupStanding anotherVault(Backup backup) {
        return new BackupStanding(backup, State.ANOTHER_VAULT, 0, 0, 0, List.of(), 0, List.of(), List.of(), "");
    }

    static BackupStanding newerFormat(Backup backup, int found, int known) {
        return new BackupStanding(backup, State.NEWER_FORMAT, 0, 0, 0, List.of(), 0, List.of(), List.of(),
                "format " + found + "; this Keyhaven reads up to format " + known);
    }

    static BackupStanding damaged(Backup backup, String problem) {
        return new BackupStanding(backup, State.DAMAGED, 0, 0, 0, List.of(), 0, List.of(), List.of(), problem);
    }

    /** Why it was made, e.g. "before a master password change", "by hand". */
    public String why() {
        return switch (backup.reason()) {
            case "migration" -> "before a format update";
            case "password change" -> "before a master password change";
            case "manual" -> "by hand";
            case "daily" -> "as the daily copy";
            case "first key" -> "when you saved your first key";
            case "before restore" -> "before a restore, as the vault was then";
            default -> "(" + backup.reason() + ")";
        };
    }

    /**
     * e.g. "Made 2 Dec 2026, 07:15, before a master password change."; for one whose name cannot be trusted, "Made by
     * hand." and why ({@link #dateDoubt}).
     */
    public String made(ZoneId zone) {
        return dateDoubt(zone).map(doubt -> "Made " + why() + ". " + doubt)
                .orElse("Made " + date(zone) + ", " + why() + ".");
    }

    /** e.g. "Holds 3 keys (2 active, 1 archived)."; for an unreadable backup, why it cannot be read. */
    public String holds() {
        return switch (state) {
            case COMPARED -> activeKeys + archivedKeys == 0 ? "Holds no keys."
                    : "Holds " + keys(activeKeys + archivedKeys) + " (" + activeKeys + " active, " + archivedKeys
                            + " archived).";
            case OLDER_PASSWORD -> "Locked with a master password you used before the current one: Keyhaven cannot"
                    + " read which keys it holds.";
            case HEADER_CHANGED -> "Its header, the part your master password unlocks, was changed outside Keyhaven,"
                    + " so your master password does not open it.";
            case EDITED -> "Changed outside Keyhaven since it was made (" + problem + "): Keyhaven does not trust"
                    + " what it holds.";
            case ANOTHER_VAULT -> "A copy of another Keyhaven vault, not of this one: Keyhaven cannot read which keys"
                    + " it holds.";
            case NEWER_FORMAT -> "Written by a newer Keyhaven (" + problem + "), or its format number was changed"
                    + " outside Keyhaven.";
            case DAMAGED -> "Damaged (" + problem + "): Keyhaven cannot read it.";
        };
    }

    /**
     * What restoring it would do to today's keys, e.g. "It lacks 3 of your 4 keys: restoring it
     * loses Trading bot, Grid bot and Spot."
     */
    public String comparison() {
        return comparison(ZoneId.systemDefault());
    }

    /** {@link #comparison()}, with when OKX said it no longer knows a key restoring it brings back. */
    public String comparison(ZoneId zone) {
        return switch (state) {
            case OLDER_PASSWORD -> "Only that older password opens it, and restoring it would lose any key added"
                    + " since. Re-encrypt it under your current password or delete it (Settings offers both).";
            case HEADER_CHANGED -> "Do not restore it: it is the changed file, kept as it was found. It goes when newer"
                    + " backups take its place.";
            case EDITED -> "Keyhaven will not restore it: choose another backup. If you did not change it yourself,"
                    + " someone with access to this computer may have: rotate your OKX keys.";
            case ANOTHER_VAULT -> "Keyhaven will not restore it over this vault: choose another backup. To look inside"
                    + " it, copy it elsewhere and open that copy as a vault of its own (keyhaven --vault=FILE list).";
            case NEWER_FORMAT -> "Keyhaven will not restore it: this Keyhaven could not open the vault afterwards."
                    + " Choose another backup, or update Keyhaven first if a newer one made it.";
            case DAMAGED -> "It cannot be restored: choose another backup.";
            case COMPARED -> compared() + gone(zone);
        };
    }

    /** All of it in one paragraph, for a list. */
    public String summary(ZoneId zone) {
        return made(zone) + " " + holds() + " " + comparison(zone);
    }

    /** The question a restore asks before it replaces the vault: {@link #restoreTitle} and {@link #restoreDetails}. */
    public String restoreQuestion(ZoneId zone) {
        return restoreTitle(zone) + " " + restoreDetails(zone);
    }

    /** e.g. "Restore the backup made 2 Dec 2026, 07:15 (by hand)?", or "named 31 Dec 2999, 23:59" when doubted. */
    public String restoreTitle(ZoneId zone) {
        return "Restore the backup " + (dateDoubted() ? "named " : "made ") + date(zone) + " (" + why() + ")?";
    }

    /** What it holds and what restoring it does to today's keys, then what is lost and what is kept. */
    public String restoreDetails() {
        return restoreDetails(ZoneId.systemDefault());
    }

    /** {@link #restoreDetails()} with moments in {@code zone}. */
    public String restoreDetails(ZoneId zone) {
        return dateDoubt(zone).map(doubt -> doubt + " ").orElse("") + holds() + " " + comparison(zone) + " "
                + lostAndKept(zone);
    }

    /**
     * e.g. "Lost: whatever changed since 2 Dec 2026, 07:15 (keys added, values or notes changed, checks recorded). Kept: the vault as it is now, saved first as
     * another backup, so you can restore it again."
     */
    public String lostAndKept(ZoneId zone) {
        return "Lost: whatever changed since " + (holdsNoChangeAfter().equals(Instant.EPOCH) ? "it was made"
                : moment(holdsNoChangeAfter(), zone)) + " (keys added, values or notes"
                + " changed, checks recorded). Kept: the vault as it"
                + " is now, saved first as another backup, so you can restore it again.";
    }

    /**
     * False for a backup that no master password would open once restored (damaged, or its header changed), and for
     * one changed outside Keyhaven since it was made.
     */
    public boolean restorable() {
        return state == State.COMPARED || state == State.OLDER_PASSWORD;
    }

    /** True when restoring it would lose a key the vault holds now (or Keyhaven cannot tell). */
    public boolean losesKeys() {
        return state != State.COMPARED || !lacks.isEmpty();
    }

    private String compared() {
        StringBuilder sentence = new StringBuilder();
        int lacksActive = lacks.size() - lacksArchived;
        if (lacksActive > 0) {
            String which = lacksActive < vaultActive ? lacksActive + " of your " + keys(vaultActive)
                    : vaultActive == 1 ? "your only key" : vaultActive == 2 ? "both of your keys"
                            : "all " + keys(vaultActive) + " you have now";
            sentence.append("It lacks ").append(which).append(": restoring it loses ")
                    .append(and(lacks.subList(0, lacksActive)));
            if (lacksArchived > 0) {
                sentence.append(", and ").append(lacksArchived).append(" archived ").append(plural(lacksArchived));
            }
            sentence.append('.');
        } else if (lacksArchived > 0) {
            sentence.append("It lacks ").append(lacksArchived).append(" archived ").append(plural(lacksArchived))
                    .append(" (").append(and(lacks)).append("): restoring it loses ")
                    .append(lacksArchived == 1 ? "it." : "them.");
        }
        if (!extra.isEmpty()) {
            append(sentence, "It also holds " + keys(extra.size()) + " your vault no longer has: " + and(extra)
                    + ". Restoring it brings " + (extra.size() == 1 ? "it" : "them") + " back.");
        }
        if (!activeAgain.isEmpty()) {
            append(sentence, and(activeAgain) + (activeAgain.size() == 1 ? " is" : " are")
                    + " archived now but active in it: restoring it makes " + (activeAgain.size() == 1 ? "it" : "them")
                    + " active again.");
        }
        if (sentence.isEmpty()) {
            sentence.append("It holds the same keys as your vault now: restoring it removes none of them.");
        }
        return sentence.toString();
    }

    private String gone(ZoneId zone) {
        StringBuilder sentences = new StringBuilder();
        for (GoneKey key : goneOnOkx) {
            sentences.append(' ').append(GoneOnOkx.restoredSentence(key.saidAt(), zone, key.name()));
        }
        return sentences.toString();
    }

    private static void append(StringBuilder sentence, String more) {
        sentence.append(sentence.isEmpty() ? "" : " ").append(more);
    }

    private static String keys(int count) {
        return count + " " + plural(count);
    }

    private static String plural(int count) {
        return count == 1 ? "key" : "keys";
    }

    private static String and(List<String> labels) {
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }

    private static String moment(Instant instant, ZoneId zone) {
        return BackupDate.moment(instant, zone);
    }
}
