package dev.keyhaven.guide;

import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Decides which steps of a checklist Keyhaven can tick, or must flag, from what it knows about the key. */
public final class AutoTicker {

    private final DateTimeFormatter timeOfCheck;

    /** @param zone the trader's time zone, for the times in the reasons */
    public AutoTicker(ZoneId zone) {
        this.timeOfCheck = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(zone);
    }

    /** One verdict per verifiable step the facts speak to; steps the facts say nothing about get none. */
    public List<Verdict> verdicts(Checklist checklist, VerifiedFacts facts) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Step step : checklist.steps()) {
            step.verifiedBy()
                    .flatMap(verification -> judge(verification, checklist.purpose(), facts))
                    .map(finding -> new Verdict(step.id(), step.verification(), finding.confirmed, finding.reason))
                    .ifPresent(verdicts::add);
        }
        return verdicts;
    }

    private Optional<Finding> judge(Verification verification, Purpose purpose, VerifiedFacts facts) {
        return switch (verification) {
            case CREDENTIALS_SAVED -> facts.credentialsSaved()
                    ? Optional.of(Finding.done("The three values are saved in your vault."))
                    : Optional.empty();
            case CHECK_PASSED -> !facts.checked() ? Optional.empty() : Optional.of(facts.checkPassed()
                    ? Finding.done(checked(facts) + "OKX accepted the key.")
                    : Finding.attention("The check of " + timeOfCheck.format(facts.checkedAt()) + " did not pass:"
                            + " OKX refused the key, or could not be asked. The status panel says which, and what"
                            + " to do."));
            case PERMISSIONS_MATCH -> seenPermissions(facts).map(seen -> seen.equals(purpose.wantedPermissions())
                    ? Finding.done(seen(facts) + PermissionPlan.describe(seen) + ", just what " + useOf(purpose)
                            + " needs.")
                    : Finding.attention(seen(facts) + "OKX reports " + PermissionPlan.describe(seen) + ", but "
                            + useOf(purpose) + " needs " + purpose.permissionSummary() + ". Change the key on OKX."));
            case WITHDRAW_OFF -> seenPermissions(facts).map(seen -> seen.withdraw()
                    ? Finding.attention(seen(facts) + "this key CAN WITHDRAW. Delete it on OKX and create one"
                            + " without Withdraw.")
                    : Finding.done(seen(facts) + "withdraw is off."));
            case IP_BOUND -> seenPermissions(facts).isEmpty() || facts.boundIps().isEmpty()
                    ? Optional.empty()
                    : Optional.of(Finding.done(seen(facts) + "bound to " + addresses(facts.boundIps().size()) + "."));
            case GONE_ON_OKX -> facts.goneOnOkxAt() == null ? Optional.empty()
                    : Optional.of(Finding.done("Asked " + timeOfCheck.format(facts.goneOnOkxAt())
                            + ": OKX no longer knows this key, so it is deleted there."));
        };
    }

    private static String useOf(Purpose purpose) {
        return "a " + purpose.displayName().toLowerCase(Locale.ROOT);
    }

    private static Optional<Permissions> seenPermissions(VerifiedFacts facts) {
        return facts.checked() ? Optional.ofNullable(facts.permissions()) : Optional.empty();
    }

    private String checked(VerifiedFacts facts) {
        return "Checked " + timeOfCheck.format(facts.checkedAt()) + ": ";
    }

    /** When OKX last reported the permissions; said so when newer checks could not read them. */
    private String seen(VerifiedFacts facts) {
        Instant seenAt = facts.permissionsSeenAt() == null ? facts.checkedAt() : facts.permissionsSeenAt();
        if (seenAt.equals(facts.checkedAt())) {
            return checked(facts);
        }
        return "Checked " + timeOfCheck.format(seenAt) + " (the newest check, " + timeOfCheck.format(facts.checkedAt())
                + ", could not read the permissions): ";
    }

    private static String addresses(int count) {
        return count == 1 ? "1 IP address" : count + " IP addresses";
    }

    private record Finding(boolean confirmed, String reason) {

        static Finding done(String reason) {
            return new Finding(true, reason);
        }

        static Finding attention(String reason) {
            return new Finding(false, reason);
        }
    }
}
