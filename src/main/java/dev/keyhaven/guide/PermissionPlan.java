package dev.keyhaven.guide;

import dev.keyhaven.guide.PermissionAdvice.Advice;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.Purpose;
import java.util.List;

/** Which of OKX's permission boxes to tick for a purpose. Derived from {@link Purpose#wantedPermissions()}. */
public final class PermissionPlan {

    public static final String READ = "Read";
    public static final String TRADE = "Trade";
    public static final String WITHDRAW = "Withdraw";
    public static final String OTHERS = "Transfer and any other box";

    private PermissionPlan() {
    }

    /** The boxes in OKX's order, then the rest; Withdraw is always {@link Advice#NEVER}. */
    public static List<PermissionAdvice> forPurpose(Purpose purpose) {
        Permissions wanted = purpose.wantedPermissions();
        return List.of(
                new PermissionAdvice(READ, wanted.read() ? Advice.TICK : Advice.LEAVE_OFF,
                        "Lets the key see balances, positions and order history."),
                wanted.trade()
                        ? new PermissionAdvice(TRADE, Advice.TICK, "Lets the bot place and cancel orders.")
                        : new PermissionAdvice(TRADE, Advice.LEAVE_OFF,
                                "A tool that only reads must not be able to place orders."),
                new PermissionAdvice(WITHDRAW, Advice.NEVER,
                        "Would let anyone who gets hold of the key move your money out of OKX."),
                new PermissionAdvice(OTHERS, Advice.LEAVE_OFF, "Not needed by any bot or tool: leave them empty."));
    }

    /** Reads OKX's answer back in the plan's words, e.g. "Read + Trade" or "Read + Trade + Withdraw". */
    public static String describe(Permissions permissions) {
        if (!permissions.read() && !permissions.trade() && !permissions.withdraw()) {
            return "no permissions";
        }
        if (permissions.read() && !permissions.trade() && !permissions.withdraw()) {
            return "Read only";
        }
        StringBuilder text = new StringBuilder();
        if (permissions.read()) {
            text.append(READ);
        }
        if (permissions.trade()) {
            text.append(text.isEmpty() ? "" : " + ").append(TRADE);
        }
        if (permissions.withdraw()) {
            text.append(text.isEmpty() ? "" : " + ").append(WITHDRAW);
        }
        return text.toString();
    }
}
