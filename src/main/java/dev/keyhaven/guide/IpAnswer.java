package dev.keyhaven.guide;

import java.util.HashSet;
import java.util.Set;

/**
 * The trader's answer to the guide's IP step, stored with the key's checklist ticks
 * ({@code KeyRecord.checklistDone()}): "my IP address changes" is a valid choice, so a key left
 * unbound on purpose is not warned about for ever. The step itself ({@link #STEP}) is ticked too.
 */
public final class IpAnswer {

    /** The IP step of every checklist that has one. */
    public static final String STEP = "ip-binding";
    /** Stored among the ticks when the trader said the address changes, so the key stays unbound on purpose. */
    public static final String ADDRESS_CHANGES = "ip-binding:address-changes";

    private IpAnswer() {
    }

    /** True when the trader said the key's address changes (so no bound IP is expected). */
    public static boolean addressChanges(Set<String> ticks) {
        return ticks.contains(ADDRESS_CHANGES);
    }

    /** The ticks with the answer set: the step ticked either way, the "changes" mark only when it does. */
    public static Set<String> answered(Set<String> ticks, boolean changes) {
        Set<String> next = new HashSet<>(ticks);
        next.add(STEP);
        if (changes) {
            next.add(ADDRESS_CHANGES);
        } else {
            next.remove(ADDRESS_CHANGES);
        }
        return Set.copyOf(next);
    }

    /** The ticks with the answer taken back (the step unticked). */
    public static Set<String> withdrawn(Set<String> ticks) {
        Set<String> next = new HashSet<>(ticks);
        next.remove(STEP);
        next.remove(ADDRESS_CHANGES);
        return Set.copyOf(next);
    }
}
