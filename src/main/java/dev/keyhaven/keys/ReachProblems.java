package dev.keyhaven.keys;

import dev.keyhaven.okx.OkxException;

/**
 * The problems of getting OKX's word at all: the network, OKX busy, down or refusing, this computer's clock.
 * None says anything against the key itself.
 */
final class ReachProblems {

    /** How a timeout's message ends: it was reached, and answered too slowly (not refused, not unreachable). */
    private static final String TOO_SLOW = " did not answer in time.";

    private ReachProblems() {
    }

    static Problem clockSkew(ProblemContext context) {
        String fix = OkxCodeTable.CLOCK_FIX;
        long skew = context.clockSkewMs() == null ? 0 : context.clockSkewMs();
        long seconds = Math.round(Math.abs(skew) / 1000.0);
        Severity severity = Math.abs(skew) >= ProblemCatalog.CLOCK_LIMIT_MS ? Severity.ERROR : Severity.WARNING;
        return new Problem(ProblemId.CLOCK_SKEW, severity, null,
                "This computer's clock is " + seconds + (seconds == 1 ? " second " : " seconds ")
                        + (skew > 0 ? "ahead of" : "behind") + " OKX's.", fix);
    }

    static Problem rateLimited(ProblemContext context) {
        return ProblemCatalog.error(ProblemId.RATE_LIMITED, context,
                "OKX asked Keyhaven to slow down (too many requests), and still did after Keyhaven waited.",
                "Wait a minute and check again. A bot that uses this key at the same time counts against "
                        + "the same limits.");
    }

    static Problem okxRefused(ProblemContext context) {
        return ProblemCatalog.error(ProblemId.OKX_REFUSED, context,
                "OKX refused the check" + codeNote(context) + describeOkxText(context.okxMessage()) + ".",
                "Check again in a few minutes. If it keeps happening, look the code up in OKX's API documentation "
                        + "(Error Codes) or ask OKX support: this version of Keyhaven does not know it, so it "
                        + "does not guess what it means for your key.");
    }

    static Problem exchangeUnavailable(ProblemContext context) {
        if (context.failure() == OkxException.Kind.MISSING_DATA) {
            return ProblemCatalog.error(ProblemId.EXCHANGE_UNAVAILABLE, context,
                    "OKX answered, but without the account data Keyhaven asked for.",
                    "Check again in a few minutes. If it keeps happening, OKX may have changed its answers: "
                            + "look for a Keyhaven update.");
        }
        if (standInAnswered(context)) {
            return ProblemCatalog.error(ProblemId.EXCHANGE_UNAVAILABLE, context, (context.oneOffAddress()
                    ? "The address given for this check, " : "The key's address, ") + context.baseUrl() + " (a local address, not OKX), answered" + (context.httpStatus() == null ? ""
                            : " HTTP " + context.httpStatus()) + ": the program there is busy or not working normally.",
                    slowFix(context, true));
        }
        return ProblemCatalog.error(ProblemId.EXCHANGE_UNAVAILABLE, context,
                "OKX is busy or not working normally right now" + statusNote(context) + ".",
                "Check again in a few minutes. OKX announces outages and maintenance on its status page.");
    }

    /**
     * True when a program on this computer (a proxy or test tool at the key's address) said it is down or busy
     * without an OKX code: its HTTP status is its own, never OKX's word.
     */
    static boolean standInAnswered(ProblemContext context) {
        return KeyAddress.isLocal(context.baseUrl()) && context.okxCode() == null;
    }

    static Problem network(ProblemContext context) {
        if (context.detail() != null) {
            return ProblemCatalog.error(ProblemId.NETWORK, context, context.detail(),
                    "Edit the key's address (its custom base URL) in Keyhaven, or leave it empty to use your region's OKX address.");
        }
        String fix = "Check your internet connection, VPN, proxy or firewall, then check again.";
        OkxException.Kind failure = context.failure();
        if (failure == OkxException.Kind.NOT_JSON) {
            return ProblemCatalog.error(ProblemId.NETWORK, context,
                    "Something other than OKX answered" + statusNote(context) + ": a proxy, a firewall, a VPN or "
                            + "a Wi-Fi login page stands in the way.",
                    "Open a web page to see whether a login page appears, or try without the VPN or proxy, then "
                            + "check again.");
        }
        boolean here = KeyAddress.isLocal(context.baseUrl());
        if (failure == OkxException.Kind.TIMEOUT) {
            return ProblemCatalog.error(ProblemId.NETWORK, context, (here ? "The program at " : "")
                    + KeyAddress.named(context.baseUrl()) + TOO_SLOW, slowFix(context, here));
        }
        if (here) {
            return ProblemCatalog.error(ProblemId.NETWORK, context, "Nothing answers at "
                    + KeyAddress.named(context.baseUrl()) + ": Keyhaven could not connect to it, so OKX was not asked.",
                    nothingListeningFix(context));
        }
        String host = context.baseUrl() == null ? "OKX" : context.baseUrl();
        return ProblemCatalog.error(ProblemId.NETWORK, context, "Keyhaven could not connect to " + host + ".", fix);
    }

    /** True when {@code problem} is a check that reached its address and got no answer in time. */
    static boolean tooSlow(Problem problem) {
        return problem.id() == ProblemId.NETWORK && problem.message().endsWith(TOO_SLOW);
    }

    /** What to do about an answer too slow: it did connect, so nothing is to be started, only tried again. */
    private static String slowFix(ProblemContext context, boolean here) {
        if (!here) {
            return "Check again in a minute. If it keeps happening, OKX may be overloaded or your connection slow"
                    + " (a VPN or proxy can slow it too).";
        }
        return "Check again in a minute. If it keeps happening, the program at " + context.baseUrl()
                + " (a proxy or test tool) may be overloaded or stuck: restart it, or "
                + (context.oneOffAddress() ? "check without the one-off address to ask the key's own."
                        : "remove the key's custom address to use OKX itself " + AppPlaces.KEY_ADDRESS + ".");
    }

    /**
     * What to do when nothing answers at an address on this computer, in words that fit the app and the command
     * line alike: an address given for one check is left out next time; a saved one is removed from the key.
     */
    static String nothingListeningFix(ProblemContext context) {
        String start = "Start the program that answers at " + context.baseUrl() + " (a proxy or test tool)";
        return context.oneOffAddress() ? start + ", or check without the one-off address to ask the key's own."
                : start + ", or remove the key's custom address to use OKX itself " + AppPlaces.KEY_ADDRESS + ".";
    }

    private static String codeNote(ProblemContext context) {
        return context.okxCode() == null ? "" : " (OKX code " + context.okxCode() + ")";
    }

    private static String statusNote(ProblemContext context) {
        if (context.okxCode() != null) {
            return codeNote(context);
        }
        return context.httpStatus() == null ? "" : " (HTTP " + context.httpStatus() + ")";
    }

    /** OKX's text, shortened, with anything shaped like a key or secret blanked out, quoted. */
    private static String describeOkxText(String okxMessage) {
        if (okxMessage == null || okxMessage.isBlank()) {
            return "";
        }
        String safe = okxMessage
                .replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "…")
                .replaceAll("[0-9A-Za-z+/=]{20,}", "…")
                .strip();
        if (safe.length() > 120) {
            safe = safe.substring(0, 119) + "…";
        }
        return ": \"" + safe + "\"";
    }
}
