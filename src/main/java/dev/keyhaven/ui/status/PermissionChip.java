package dev.keyhaven.ui.status;

import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.Purpose;
import java.util.List;

/**
 * One of Read, Trade and Withdraw, set against what the key's purpose wants. The state carries a word
 * as well as a colour, so the chip reads without colour.
 */
public record PermissionChip(String name, State state) {

    public enum State {
        GRANTED("on", false),
        OFF("off", false),
        MISSING("missing", true),
        EXCESS("on, not needed", true),
        DANGER("ON: dangerous", true),
        UNKNOWN("not known yet", false);

        private final String word;
        private final boolean needsAction;

        State(String word, boolean needsAction) {
            this.word = word;
            this.needsAction = needsAction;
        }

        public String word() {
            return word;
        }

        public boolean needsAction() {
            return needsAction;
        }
    }

    /** The three chips for a key of {@code purpose}; {@code granted} is null until OKX has answered. */
    public static List<PermissionChip> of(Purpose purpose, Permissions granted) {
        Permissions wanted = purpose.wantedPermissions();
        if (granted == null) {
            return List.of(new PermissionChip("Read", State.UNKNOWN), new PermissionChip("Trade", State.UNKNOWN),
                    new PermissionChip("Withdraw", State.UNKNOWN));
        }
        return List.of(
                new PermissionChip("Read", against(wanted.read(), granted.read())),
                // A key that can withdraw is to be deleted: "Trade: not needed" would be advice on keeping it.
                new PermissionChip("Trade", granted.withdraw() && granted.trade() ? State.GRANTED
                        : against(wanted.trade(), granted.trade())),
                new PermissionChip("Withdraw", granted.withdraw() ? State.DANGER : State.OFF));
    }

    private static State against(boolean wanted, boolean granted) {
        if (wanted) {
            return granted ? State.GRANTED : State.MISSING;
        }
        return granted ? State.EXCESS : State.OFF;
    }

    /** e.g. "Trade: missing". */
    public String text() {
        return name + ": " + state.word();
    }
}
