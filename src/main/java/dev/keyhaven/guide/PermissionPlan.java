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
    public static final String OTHERS = "Any other option";

    /** okx-api.md, "Key rules": Trade covers more than orders, and there is no separate Transfer box. */
    public static final String TRADE_ALSO = "Trade also allows funding transfers between your OKX accounts and "
            + "changes to account settings: OKX has no separate Transfer box.";

    private PermissionPlan() {
    }

    /** The boxes in OKX's order, then the rest; Withdraw is always {@link Advice#NEVER}. */
    public static List<PermissionAdvice> forPurpose(Purpose purpose) {
        Permissions wanted = purpose.wantedPermissions();
        String user = purpose.forPlatform() ? "the platform" : "the bot";
        return List.of(
                new PermissionAdvice(READ, wanted.read() ? Advice.TICK : Advice.LEAVE_OFF,
                        "Lets the key see balances, positions and order history."),
                wanted.trade()
                        ? new PermissionAdvice(TRADE, Advice.TICK, "Lets " + user + " place and cancel orders. "
                                + TRADE_ALSO)
                        : new PermissionAdvice(TRADE, Advice.LEAVE_OFF, "A key that only reads must not be able to "
                                + "place orders. " + TRADE_ALSO),
                new PermissionAdvice(WITHDRAW, Advice.NEVER,
                        "Would let anyone who gets hold of the key move your money out of OKX."),
                new PermissionAdvice(OTHERS, Advice.LEAVE_OFF, "OKX has three permissions only: Read, Trade and "
                        + "Withdraw. If a page offers anything else for this key, leave it empty."));
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
