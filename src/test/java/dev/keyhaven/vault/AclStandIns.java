package dev.keyhaven.vault;

import java.io.IOException;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;

/** Windows' people, groups and ACLs in memory, so that the ACL logic runs on every system. */
final class AclStandIns {

    record User(String getName) implements UserPrincipal {
    }

    record Group(String getName) implements GroupPrincipal {
    }

    static final User TRADER = new User("DESKTOP-1\\trader");
    static final Group ADMINISTRATORS = new Group("BUILTIN\\Administrators");
    static final Group USERS = new Group("BUILTIN\\Users");

    private AclStandIns() {
    }

    /** An ACL view of one file: its owner and entries, which it may refuse to change as Windows can. */
    static final class AclInMemory implements AclFileAttributeView {
        UserPrincipal owner;
        List<AclEntry> acl;
        boolean ownerChangeRefused;
        int ownerChanges;
        /** Entries that setAcl cannot remove (as when inherited ones flow in again). */
        List<AclEntry> kept = List.of();

        AclInMemory(UserPrincipal owner, List<AclEntry> acl) {
            this.owner = owner;
            this.acl = acl;
        }

        @Override
        public String name() {
            return "acl";
        }

        @Override
        public List<AclEntry> getAcl() {
            return acl;
        }

        @Override
        public void setAcl(List<AclEntry> newAcl) {
            List<AclEntry> entries = new ArrayList<>(kept);
            entries.addAll(newAcl);
            acl = List.copyOf(entries);
        }

        @Override
        public UserPrincipal getOwner() {
            return owner;
        }

        @Override
        public void setOwner(UserPrincipal newOwner) throws IOException {
            if (ownerChangeRefused) {
                throw new IOException("A required privilege is not held by the client");
            }
            ownerChanges++;
            owner = newOwner;
        }
    }

    static AclEntry allow(UserPrincipal who, AclEntryPermission... permissions) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(who).setPermissions(permissions).build();
    }

    /** What a file in a user's folder inherits: the user, SYSTEM, the administrators and the users. */
    static List<AclEntry> inherited() {
        return List.of(allow(TRADER, AclEntryPermission.READ_DATA), allow(new User("NT AUTHORITY\\SYSTEM"),
                AclEntryPermission.READ_DATA), allow(ADMINISTRATORS, AclEntryPermission.READ_DATA),
                allow(USERS, AclEntryPermission.READ_DATA));
    }

    /** Knows TRADER by the name Windows gives the account (any case), nobody else. */
    static UserPrincipalLookupService knowingTheTrader() {
        return new UserPrincipalLookupService() {
            @Override
            public UserPrincipal lookupPrincipalByName(String name) throws IOException {
                if (name.equalsIgnoreCase(TRADER.getName())) {
                    return TRADER;
                }
                throw new UserPrincipalNotFoundException(name);
            }

            @Override
            public GroupPrincipal lookupPrincipalByGroupName(String group) throws IOException {
                throw new UserPrincipalNotFoundException(group);
            }
        };
    }
}
