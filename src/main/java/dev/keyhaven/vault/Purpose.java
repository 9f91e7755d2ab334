package dev.keyhaven.vault;

import dev.keyhaven.okx.Permissions;

/**
 * What the trader uses a key for, which decides the permissions it should have. A key given to a platform
 * or service (a bot service, a trading terminal, a journal) stores the access the platform asked for as
 * its purpose, so the check judges it by that explicit choice.
 */
public enum Purpose {
    TRADING("Trading bot", "Read + Trade", new Permissions(true, true, false), false),
    READ_ONLY("Journal or tracker", "Read only", new Permissions(true, false, false), false),
    PLATFORM_TRADE("Platform or service that trades", "Read + Trade", new Permissions(true, true, false), true),
    PLATFORM_READ("Platform or service that only reads", "Read only", new Permissions(true, false, false), true);

    private final String displayName;
    private final String permissionSummary;
    private final Permissions wanted;
    private final boolean platform;

    Purpose(String displayName, String permissionSummary, Permissions wanted, boolean platform) {
        this.displayName = displayName;
        this.permissionSummary = permissionSummary;
        this.wanted = wanted;
        this.platform = platform;
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

    /** True for a key the trader gives to a platform or service rather than runs themselves. */
    public boolean forPlatform() {
        return platform;
    }
}
