package dev.keyhaven.keys;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.Purpose;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The problems of what OKX lets the key do against what it is for: trade, withdraw, its IP binding. */
final class PermissionProblems {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PermissionProblems() {
    }

    /** Purpose-dependent permission problems, shared by the check and the guide: the key against what was chosen. */
    static List<ProblemId> of(Purpose purpose, Permissions permissions) {
        List<ProblemId> ids = new ArrayList<>();
        if (permissions.withdraw()) {
            ids.add(ProblemId.WITHDRAW_ENABLED);
        }
        boolean tradeWanted = purpose.wantedPermissions().trade();
        if (tradeWanted && !permissions.trade()) {
            ids.add(ProblemId.PERMISSION_MISSING);
        }
        if (!tradeWanted && permissions.trade()) {
            ids.add(ProblemId.PERMISSION_EXCESS);
        }
        return ids;
    }

    static Problem withdrawEnabled(ProblemContext context) {
        return ProblemCatalog.error(ProblemId.WITHDRAW_ENABLED, context,
                "This key can withdraw funds: anyone who gets hold of it could move your money out of OKX.",
                "Delete this key on OKX now and create a new one without the Withdraw permission. "
                        + "No trading bot, platform, journal or tracker needs it.");
    }

    static Problem missing(ProblemContext context) {
        if (context.purpose() != null && context.purpose().forPlatform()) {
            return ProblemCatalog.error(ProblemId.PERMISSION_MISSING, context,
                    "You chose Read + Trade for the platform that uses this key, but OKX does not let it trade (it "
                            + "can only " + describe(context.permissions()) + "). The platform cannot place orders.",
                    "On OKX's API page, edit the key and tick Trade (never Withdraw). If the platform only needs to "
                            + "read, change this key's purpose in Keyhaven to a platform that only reads.");
        }
        return ProblemCatalog.error(ProblemId.PERMISSION_MISSING, context,
                "This key is for a trading bot, but OKX does not let it trade (it can only "
                        + describe(context.permissions()) + ").",
                "On OKX's API page, edit the key and tick Trade (never Withdraw), or create a new key with "
                        + "Read + Trade.");
    }

    static Problem excess(ProblemContext context) {
        if (context.purpose() != null && context.purpose().forPlatform()) {
            return new Problem(ProblemId.PERMISSION_EXCESS, Severity.WARNING, null,
                    "You gave this key to a platform that asked for Read only, yet OKX lets it trade too, and Trade "
                            + "also allows transfers between your OKX accounts and account settings.",
                    "On OKX's API page, edit the key and untick Trade. If the platform does need to trade, change this "
                            + "key's purpose in Keyhaven to a platform that trades.");
        }
        return new Problem(ProblemId.PERMISSION_EXCESS, Severity.WARNING, null,
                "This key is meant for reading only, yet OKX lets it trade too, and Trade also allows transfers "
                        + "between your OKX accounts and account settings.",
                "On OKX's API page, edit the key and untick Trade, or create a Read-only key for this tool. "
                        + "A journal or tracker never needs to trade.");
    }

    static Problem noIpBinding(ProblemContext context) {
        Permissions permissions = context.permissions();
        boolean canMoveMoney = permissions != null && (permissions.trade() || permissions.withdraw());
        if (!canMoveMoney || context.environment() == Environment.DEMO) {
            return new Problem(ProblemId.NO_IP_BINDING, Severity.INFO, null,
                    "This key is not bound to an IP address, so it works from anywhere.",
                    "Binding is optional here, but it stops anyone else from using the key if it leaks. If your tool "
                            + "runs from a fixed IP address, add it to the key on OKX's API page.");
        }
        String deadline = context.lastSignedUse() == null ? "14 days after its last use"
                : "on " + DAY.format(ProblemCatalog.idleDeletionDate(context.lastSignedUse()));
        return new Problem(ProblemId.NO_IP_BINDING, Severity.WARNING, null,
                "This key can " + (permissions.trade() ? "trade" : "withdraw") + " but is not bound to an IP address, so it works from anywhere. OKX says such "
                        + "a key expires after 14 days without use: if it stays unused, this one expires " + deadline + ".",
                "If your bot runs on a server with a fixed IP address, bind the key to it on OKX's API page. "
                        + "Otherwise use the key, or check it here, at least every 14 days.");
    }

    private static String describe(Permissions permissions) {
        if (permissions == null || !permissions.read()) {
            return "do nothing";
        }
        return permissions.trade() ? "read and trade" : "read";
    }
}
