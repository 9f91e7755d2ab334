package dev.keyhaven.vault;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What an archived key holding the same API key as one being saved means, said the same way by the desktop
 * app and the command line. A revoked key may have leaked: saving its API key again is refused. A key replaced
 * in a rotation is only noted: the trader may have deleted it on OKX, as the rotation advised.
 */
public final class ArchivedApiKey {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ArchivedApiKey() {
    }

    /** True when {@code key} was revoked (it may have leaked), not replaced by a rotation. */
    public static boolean revoked(KeyRecord key) {
        return key.archived() && key.replacedById() == null;
    }

    /** The sentence for an API key found among the archived keys, with the next step. */
    public static String sentence(KeyRecord archived, Instant now, ZoneId zone) {
        String day = day(archived.archivedAt(), now, zone);
        if (revoked(archived)) {
            return "You revoked this key on " + day + " because it may have leaked (\u201c" + archived.label()
                    + "\u201d in Archived keys). Create a new key on OKX instead. If it did not leak after all,"
                    + " restore \u201c" + archived.label() + "\u201d from Archived keys.";
        }
        return "Note: this API key belonged to \u201c" + archived.label() + "\u201d, which a rotation replaced on "
                + day + ". If you deleted it on OKX, as the rotation advised, OKX refuses it: check the key after"
                + " saving.";
    }

    /**
     * The sentence for an API key found among the archived keys whose newest check said OKX does not know it,
     * {@code when} that check ran: OKX deleted it, so only a new key helps; restoring it would not.
     */
    public static String deletedOnOkx(KeyRecord archived, String when) {
        return "OKX deleted this key: it said on " + when + " that it no longer knows it (\u201c" + archived.label()
                + "\u201d in Archived keys). Create a new key on OKX and paste its values here.";
    }

    private static String day(Instant at, Instant now, ZoneId zone) {
        boolean thisYear = at.atZone(zone).getYear() == now.atZone(zone).getYear();
        return (thisYear ? DAY : DAY_AND_YEAR).format(at.atZone(zone));
    }
}
