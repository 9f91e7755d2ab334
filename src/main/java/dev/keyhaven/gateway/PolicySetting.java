package dev.keyhaven.gateway;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A key's own gateway rules, kept as lines in the key's (encrypted) notes, one rule a line:
 * <pre>
 * gateway: allow transfers        lets transfers between accounts and sub-accounts through
 * gateway: allow key-management   lets API-key and sub-account management through
 * gateway: read-only              reads only, whatever OKX allows the key
 * gateway: block /api/v5/trade/amend-order   refuses one more endpoint (and everything under it)
 * </pre>
 * Without such lines the safe default holds. Withdrawals cannot be allowed. A line that starts with
 * "gateway:" and is not understood stops the gateway from starting, so a mistyped tightening never
 * passes for none.
 */
public record PolicySetting(Set<EndpointFamily> allowed, boolean readOnly, List<String> blockedPaths) {

    static final String PREFIX = "gateway:";

    public PolicySetting {
        allowed = allowed.isEmpty() ? EnumSet.noneOf(EndpointFamily.class) : EnumSet.copyOf(allowed);
        blockedPaths = List.copyOf(blockedPaths);
    }

    public static PolicySetting safeDefault() {
        return new PolicySetting(Set.of(), false, List.of());
    }

    /**
     * The rules in a key's notes.
     *
     * @throws IllegalArgumentException with a sentence for the user when a "gateway:" line is not understood
     */
    public static PolicySetting fromNotes(String notes) {
        Set<EndpointFamily> allowed = EnumSet.noneOf(EndpointFamily.class);
        boolean readOnly = false;
        List<String> blocked = new ArrayList<>();
        for (String line : (notes == null ? "" : notes).split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
                continue;
            }
            String rule = trimmed.substring(PREFIX.length()).strip();
            String lower = rule.toLowerCase(Locale.ROOT);
            if (lower.equals("read-only")) {
                readOnly = true;
            } else if (lower.startsWith("allow ")) {
                allowed.add(family(rule, lower.substring("allow ".length()).strip()));
            } else if (lower.startsWith("block ") && lower.substring("block ".length()).strip().startsWith("/api/")) {
                blocked.add(EndpointFamily.pathOnly(lower.substring("block ".length()).strip()));
            } else {
                throw new IllegalArgumentException("The key's notes have the gateway rule \"" + trimmed + "\", which "
                        + "Keyhaven does not understand. Use \"gateway: allow transfers\", \"gateway: allow "
                        + "key-management\", \"gateway: read-only\" or \"gateway: block /api/v5/...\", one a line.");
            }
        }
        return new PolicySetting(allowed, readOnly, blocked);
    }

    private static EndpointFamily family(String rule, String name) {
        if (name.equals(EndpointFamily.WITHDRAWALS.settingName())) {
            throw new IllegalArgumentException("The key's notes ask the gateway to allow withdrawals (\"" + rule
                    + "\"). Keyhaven never lets a bot withdraw: remove that line, and withdraw on the OKX website.");
        }
        for (EndpointFamily family : EndpointFamily.values()) {
            if (family.settingName().equals(name)) {
                return family;
            }
        }
        throw new IllegalArgumentException("The key's notes have the gateway rule \"allow " + name + "\". Only "
                + "\"allow transfers\" and \"allow key-management\" exist.");
    }

    /** Human words for what this setting changes, e.g. "transfers allowed; read-only"; empty for none. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        allowed.forEach(family -> parts.add(family.description() + " allowed"));
        if (readOnly) {
            parts.add("reads only");
        }
        blockedPaths.forEach(path -> parts.add(path + " blocked"));
        return String.join("; ", parts);
    }
}
