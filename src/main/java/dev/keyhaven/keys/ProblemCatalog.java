package dev.keyhaven.keys;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.OkxException;
import dev.keyhaven.okx.OkxException.CredentialField;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.vault.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that decides what a problem means and what to do about it, for the desktop app, the
 * command line and the guide alike. Texts are plain sentences; none ever contains a credential.
 */
public final class ProblemCatalog {

    private static final java.util.regex.Pattern KEYHAVEN_SUFFIX =
            java.util.regex.Pattern.compile("\\s*\\(replaced \\d{4}-\\d{2}-\\d{2}(, archived copy \\d+)?\\)\\s*$");

    /** OKX deletes a key with trade or withdraw permission and no IP binding after this long unused. */
    public static final Duration IDLE_DELETION = Duration.ofDays(14);
    /** OKX refuses a request whose time stamp is further than this from its clock. */
    public static final long CLOCK_LIMIT_MS = 30_000;
    /** From this skew on, the check warns: Keyhaven corrects for it, most bots do not. */
    public static final long CLOCK_WARNING_MS = 5_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ProblemCatalog() {
    }

    /**
     * The problem {@code id} worded for {@code context}. When the context carries an OKX code that stands for
     * {@code id}, the code's own words from {@link OkxCodeTable} are used.
     */
    public static Problem problem(ProblemId id, ProblemContext context) {
        Optional<OkxCodeTable.Entry> forCode = OkxCodeTable.entry(context.okxCode()).filter(entry -> entry.id() == id);
        if (forCode.isPresent()) {
            return forCode.get().problem(context);
        }
        return switch (id) {
            case AUTH_WRONG_PASSPHRASE -> error(id, context,
                    context.failure() == OkxException.Kind.UNSENDABLE_VALUE
                            ? "The stored passphrase contains a line break, a tab or an unusual character, so it "
                                    + "cannot be sent to OKX."
                            : "OKX does not accept the passphrase stored for this key.",
                    OkxCodeTable.PASSPHRASE_FIX);
            case AUTH_INVALID_KEY -> invalidKey(context);
            case AUTH_BAD_SIGNATURE -> error(id, context,
                    "OKX rejected the signature made with the stored secret key. This almost always means the "
                            + "secret key is wrong or was cut short when it was copied.",
                    OkxCodeTable.SIGNATURE_FIX);
            case CLOCK_SKEW -> clockSkew(context);
            case PERMISSION_MISSING -> permissionMissing(context);
            case PERMISSION_EXCESS -> permissionExcess(context);
            case WITHDRAW_ENABLED -> error(id, context,
                    "This key can withdraw funds: anyone who gets hold of it could move your money out of OKX.",
                    "Delete this key on OKX now and create a new one without the Withdraw permission. "
                            + "No trading bot, platform, journal or tracker needs it.");
            case NO_IP_BINDING -> noIpBinding(context);
            case RATE_LIMITED -> error(id, context,
                    "OKX asked Keyhaven to slow down (too many requests), and still did after Keyhaven waited.",
                    "Wait a minute and check again. A bot that uses this key at the same time counts against "
                            + "the same limits.");
            case EXCHANGE_UNAVAILABLE -> exchangeUnavailable(context);
            case NETWORK -> network(context);
            case OKX_REFUSED -> error(id, context,
                    "OKX refused the check" + codeNote(context) + describeOkxText(context.okxMessage()) + ".",
                    "Check again in a few minutes. If it keeps happening, look the code up in OKX's API documentation "
                            + "(Error Codes) or ask OKX support: this version of Keyhaven does not know it, so it "
                            + "does not guess what it means for your key.");
            case BALANCE_NOT_READ -> new Problem(id, Severity.WARNING, context.okxCode(),
                    "Keyhaven could not read a balance" + (context.detail() == null ? "." : ": " + context.detail()),
                    "The key itself works. Check again later to read the balance.");
            case LABEL_MISMATCH -> new Problem(id, Severity.INFO, null,
                    "On OKX this key is named \"" + nullToEmpty(context.okxLabel()) + "\", here \""
                            + nullToEmpty(context.localLabel()) + "\".",
                    "Give both the same name so that you delete or rotate the right key on OKX later.");
            case FUNDS_IN_FUNDING -> new Problem(id, Severity.INFO, null,
                    "The trading account is empty, while the funding account holds "
                            + (context.fundingCurrencies().isEmpty() ? "assets"
                                    : String.join(", ", context.fundingCurrencies())) + ".",
                    "Transfer funds from Funding to Trading on OKX (Assets, then Transfer) before a bot can trade "
                            + "with them.");
            case INPUT_WHITESPACE -> new Problem(id, Severity.WARNING, null,
                    "The stored " + fieldList(context.fields()) + (context.fields().size() > 1 ? " start or end" : " starts or ends")
                            + " with a space or a line break.",
                    "Edit the key and paste the value again without anything around it: OKX never puts spaces "
                            + "in these values.");
            case INPUT_SHAPE -> new Problem(id, Severity.WARNING, null,
                    shapeMessage(context.fields()),
                    "Compare it with what OKX showed when you created the key and paste it again if it differs. "
                            + "If it is right, ignore this warning: OKX does not publish the exact format.");
            // Problems that only an OKX code reports read as their first code in the table does.
            case KEY_NOT_FOUND, WRONG_ENVIRONMENT, IP_NOT_ALLOWED, KEY_FROZEN, REGION_RESTRICTED, NETWORK_NOT_SERVED,
                    KEYHAVEN_BUG, CREDENTIAL_EMPTY, AUTH_REFUSED, KEY_TYPE_UNSUPPORTED, API_NOT_PERMITTED,
                    ACCOUNT_BLOCKED -> OkxCodeTable.typical(id).orElseThrow().problem(context);
        };
    }

    /** The problem a failed request stands for, worded with what the failure tells. */
    public static Problem fromFailure(OkxException failure, ProblemContext base) {
        ProblemContext context = base.toBuilder().failure(failure).build();
        return problem(idFor(failure), context);
    }

    /**
     * Which problem a failed request stands for: the kind of failure when no OKX answer came, otherwise OKX's
     * code through {@link OkxCodeTable}; a code it does not know is {@link ProblemId#OKX_REFUSED}. Never OKX's text.
     */
    public static ProblemId idFor(OkxException failure) {
        switch (failure.kind()) {
            case NOT_JSON:
            case TIMEOUT:
            case UNREACHABLE:
                return ProblemId.NETWORK;
            case MISSING_DATA:
                return ProblemId.EXCHANGE_UNAVAILABLE;
            case UNSENDABLE_VALUE:
                CredentialField field = failure.credentialField().orElse(CredentialField.API_KEY);
                return field == CredentialField.PASSPHRASE ? ProblemId.AUTH_WRONG_PASSPHRASE
                        : field == CredentialField.SECRET_KEY ? ProblemId.AUTH_BAD_SIGNATURE
                        : ProblemId.AUTH_INVALID_KEY;
            default:
                break;
        }
        Optional<String> code = failure.okxCode();
        if (code.isPresent()) {
            return OkxCodeTable.entry(code.get()).map(OkxCodeTable.Entry::id).orElse(ProblemId.OKX_REFUSED);
        }
        return switch (failure.kind()) {
            case RATE_LIMITED -> ProblemId.RATE_LIMITED;
            case UNAVAILABLE -> ProblemId.EXCHANGE_UNAVAILABLE;
            default -> ProblemId.OKX_REFUSED;
        };
    }

    /**
     * A balance the check could not read while the key itself worked: what was learned stays, and this says
     * which balance is missing and why. In demo trading OKX offers only some funding-account requests, so a
     * refused funding read there is a note, not a warning.
     *
     * @param account e.g. "the funding account"
     * @param cause   the problem the failed read stands for
     */
    static Problem balanceNotRead(String account, Problem cause, boolean demoFunding) {
        String message = "The key works, but Keyhaven could not read " + account + ". " + cause.message();
        if (demoFunding) {
            return new Problem(ProblemId.BALANCE_NOT_READ, Severity.INFO, cause.okxCode(), message,
                    "Nothing to fix: demo trading limits some funding-account requests for API keys. The demo "
                            + "trading balance is what your demo bot trades with.");
        }
        return new Problem(ProblemId.BALANCE_NOT_READ, Severity.WARNING, cause.okxCode(), message,
                "The key itself works. " + cause.fix());
    }

    /** The day after which OKX deletes an unbound trade key last used at {@code lastSignedUse}. */
    public static Instant idleDeletionDate(Instant lastSignedUse) {
        return lastSignedUse.plus(IDLE_DELETION);
    }

    private static Problem invalidKey(ProblemContext context) {
        if (context.failure() == OkxException.Kind.UNSENDABLE_VALUE) {
            return error(ProblemId.AUTH_INVALID_KEY, context,
                    "The stored API key contains a line break, a tab or an unusual character, so it cannot be sent to OKX.",
                    "Edit the key and paste the API key again from OKX's API page.");
        }
        return error(ProblemId.AUTH_INVALID_KEY, context, "OKX does not recognise this API key.",
                OkxCodeTable.INVALID_KEY_FIX);
    }

    private static Problem clockSkew(ProblemContext context) {
        String fix = OkxCodeTable.CLOCK_FIX;
        long skew = context.clockSkewMs() == null ? 0 : context.clockSkewMs();
        long seconds = Math.round(Math.abs(skew) / 1000.0);
        Severity severity = Math.abs(skew) >= CLOCK_LIMIT_MS ? Severity.ERROR : Severity.WARNING;
        return new Problem(ProblemId.CLOCK_SKEW, severity, null,
                "This computer's clock is " + seconds + (seconds == 1 ? " second " : " seconds ")
                        + (skew > 0 ? "ahead of" : "behind") + " OKX's.", fix);
    }

    private static Problem permissionMissing(ProblemContext context) {
        if (context.purpose() != null && context.purpose().forPlatform()) {
            return error(ProblemId.PERMISSION_MISSING, context,
                    "You chose Read + Trade for the platform that uses this key, but OKX does not let it trade (it "
                            + "can only " + describe(context.permissions()) + "). The platform cannot place orders.",
                    "On OKX's API page, edit the key and tick Trade (never Withdraw). If the platform only needs to "
                            + "read, change this key's purpose in Keyhaven to a platform that only reads.");
        }
        return error(ProblemId.PERMISSION_MISSING, context,
                "This key is for a trading bot, but OKX does not let it trade (it can only "
                        + describe(context.permissions()) + ").",
                "On OKX's API page, edit the key and tick Trade (never Withdraw), or create a new key with "
                        + "Read + Trade.");
    }

    private static Problem permissionExcess(ProblemContext context) {
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

    private static Problem noIpBinding(ProblemContext context) {
        Permissions permissions = context.permissions();
        boolean canMoveMoney = permissions != null && (permissions.trade() || permissions.withdraw());
        if (!canMoveMoney || context.environment() == Environment.DEMO) {
            return new Problem(ProblemId.NO_IP_BINDING, Severity.INFO, null,
                    "This key is not bound to an IP address, so it works from anywhere.",
                    "Binding is optional here, but it stops anyone else from using the key if it leaks. If your tool "
                            + "runs from a fixed IP address, add it to the key on OKX's API page.");
        }
        String deadline = context.lastSignedUse() == null ? "14 days after its last use"
                : "on " + DAY.format(idleDeletionDate(context.lastSignedUse()));
        return new Problem(ProblemId.NO_IP_BINDING, Severity.WARNING, null,
                "This key can " + (permissions.trade() ? "trade" : "withdraw") + " but is not bound to an IP address, so it works from anywhere. OKX says such "
                        + "a key expires after 14 days without use: if it stays unused, this one expires " + deadline + ".",
                "If your bot runs on a server with a fixed IP address, bind the key to it on OKX's API page. "
                        + "Otherwise use the key, or check it here, at least every 14 days.");
    }

    private static Problem exchangeUnavailable(ProblemContext context) {
        if (context.failure() == OkxException.Kind.MISSING_DATA) {
            return error(ProblemId.EXCHANGE_UNAVAILABLE, context,
                    "OKX answered, but without the account data Keyhaven asked for.",
                    "Check again in a few minutes. If it keeps happening, OKX may have changed its answers: "
                            + "look for a Keyhaven update.");
        }
        return error(ProblemId.EXCHANGE_UNAVAILABLE, context,
                "OKX is busy or not working normally right now" + statusNote(context) + ".",
                "Check again in a few minutes. OKX announces outages and maintenance on its status page.");
    }

    private static Problem network(ProblemContext context) {
        if (context.detail() != null) {
            return error(ProblemId.NETWORK, context, context.detail(),
                    "Edit the key's address (its custom base URL) in Keyhaven, or leave it empty to use your region's OKX address.");
        }
        String fix = "Check your internet connection, VPN, proxy or firewall, then check again.";
        OkxException.Kind failure = context.failure();
        if (failure == OkxException.Kind.NOT_JSON) {
            return error(ProblemId.NETWORK, context,
                    "Something other than OKX answered" + statusNote(context) + ": a proxy, a firewall, a VPN or "
                            + "a Wi-Fi login page stands in the way.",
                    "Open a web page to see whether a login page appears, or try without the VPN or proxy, then "
                            + "check again.");
        }
        boolean here = KeyAddress.isLocal(context.baseUrl());
        if (failure == OkxException.Kind.TIMEOUT) {
            return here ? error(ProblemId.NETWORK, context, "The program at " + KeyAddress.named(context.baseUrl())
                    + " did not answer in time.", NOTHING_LISTENING_FIX)
                    : error(ProblemId.NETWORK, context, "OKX did not answer in time.", fix);
        }
        if (here) {
            return error(ProblemId.NETWORK, context, "Nothing answers at " + KeyAddress.named(context.baseUrl())
                    + ": Keyhaven could not connect to it, so OKX was not asked.", NOTHING_LISTENING_FIX);
        }
        String host = context.baseUrl() == null ? "OKX" : context.baseUrl();
        return error(ProblemId.NETWORK, context, "Keyhaven could not connect to " + host + ".", fix);
    }

    /** A local address (a proxy or a test tool) stands in for OKX: the internet is not the problem. */
    private static final String NOTHING_LISTENING_FIX = "Start the program that should answer at that address (a"
            + " proxy or test tool), or use OKX's own address: leave out --base-url on the command line, or empty"
            + " the key's custom address in Keyhaven.";

    private static String shapeMessage(List<CredentialField> fields) {
        StringBuilder text = new StringBuilder();
        for (CredentialField field : fields) {
            text.append(text.isEmpty() ? "" : " ").append(switch (field) {
                case API_KEY -> "The API key does not look like an OKX API key (36 characters in groups, like "
                        + "1a2b3c4d-1a2b-1a2b-1a2b-1a2b3c4d5e6f).";
                case SECRET_KEY -> "The secret key does not look like an OKX secret key (32 characters, "
                        + "digits and the capital letters A to F).";
                case PASSPHRASE -> "The passphrase is outside OKX's rules (6 to 32 characters).";
            });
        }
        return text.isEmpty() ? "A stored value has an unusual shape." : text.toString();
    }

    private static String fieldList(List<CredentialField> fields) {
        List<String> names = fields.stream().map(ProblemCatalog::fieldName).toList();
        if (names.isEmpty()) {
            return "value";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String fieldName(CredentialField field) {
        return switch (field) {
            case API_KEY -> "API key";
            case SECRET_KEY -> "secret key";
            case PASSPHRASE -> "passphrase";
        };
    }

    private static String describe(Permissions permissions) {
        if (permissions == null || !permissions.read()) {
            return "do nothing";
        }
        return permissions.trade() ? "read and trade" : "read";
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

    private static Problem error(ProblemId id, ProblemContext context, String message, String fix) {
        return new Problem(id, Severity.ERROR, context.okxCode(), message, fix);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The label rule: OKX labels hold letters and digits only, so compare just those, ignoring case. */
    static boolean sameLabel(String okxLabel, String localLabel) {
        return normalise(okxLabel).equals(normalise(withoutOwnSuffix(localLabel)));
    }

    /**
     * The label without what Keyhaven added itself when a rotation archived the key, e.g. "gridbot (replaced
     * 2026-12-03)" or "(replaced 2026-12-03, archived copy 2)": nobody can give OKX's name that suffix.
     */
    static String withoutOwnSuffix(String label) {
        return label == null ? null : KEYHAVEN_SUFFIX.matcher(label).replaceFirst("");
    }

    private static String normalise(String label) {
        return label == null ? "" : label.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    /** Purpose-dependent permission problems, shared by the check and the guide: the key against what was chosen. */
    static List<ProblemId> permissionProblems(Purpose purpose, Permissions permissions) {
        List<ProblemId> ids = new java.util.ArrayList<>();
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
}
