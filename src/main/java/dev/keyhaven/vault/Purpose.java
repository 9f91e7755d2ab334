package dev.keyhaven.vault;

import dev.keyhaven.okx.Permissions;

/** What the trader uses a key for, which decides the permissions it should have. */
public enum Purpose {
    TRADING("Trading bot", "Read + Trade", new Permissions(true, true, false)),
    READ_ONLY("Journal or tracker", "Read only", new Permissions(true, false, false));

    private final String displayName;
    private final String permissionSummary;
    private final Permissions wanted;

    Purpose(String displayName, String permissionSummary, Permissions wanted) {
        this.displayName = displayName;
        this.permissionSummary = permissionSummary;
        this.wanted = wanted;
    }

    public String displayName() {
        return displayName;
    }

    /** "Read + Trade" or "Read only". */
    public String permissionSummary() {
        return permissionSummary;
    }

    /** Exactly the permissions a key for this purpose should have; withdraw is never among them. */
    public Permissions wantedPermissions() {
        return wanted;
    }
}
