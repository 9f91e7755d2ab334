package dev.keyhaven.keys;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.OkxErrorCodes;
import dev.keyhaven.okx.OkxException;
import dev.keyhaven.okx.OkxException.CredentialField;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place that decides what a problem means and what to do about it, for the desktop app, the
 * command line and the guide alike. Texts are plain sentences; none ever contains a credential.
 */
public final class ProblemCatalog {

    /** OKX deletes a key with trade or withdraw permission and no IP binding after this long unused. */
    public static final Duration IDLE_DELETION = Duration.ofDays(14);
    /** OKX refuses a request whose time stamp is further than this from its clock. */
    public static final long CLOCK_LIMIT_MS = 30_000;
    /** From this skew on, the check warns: Keyhaven corrects for it, most bots do not. */
    public static final long CLOCK_WARNING_MS = 5_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final Pattern IP_IN_TEXT =
            Pattern.compile("\\b(\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7})\\b");

    private ProblemCatalog() {
    }

    /** The problem {@code id} worded for {@code context}. */
    public static Problem problem(ProblemId id, ProblemContext context) {
        return switch (id) {
            case AUTH_WRONG_PASSPHRASE -> error(id, context,
                    "OKX does not accept the passphrase stored for this key.",
                    "Enter the passphrase again exactly as you chose it when you created the key: it is case "
                            + "sensitive. OKX cannot recover a lost passphrase: if you no longer have it, delete the "
                            + "key on OKX and create a new one.");
            case AUTH_INVALID_KEY -> invalidKey(context);
            case AUTH_BAD_SIGNATURE -> error(id, context,
                    "OKX rejected the signature made with the stored secret key. This almost always means the "
                            + "secret key is wrong or was cut short when it was copied.",
                    "Paste the secret key again in full: it is long and easy to truncate. OKX shows it only once: "
                            + "if you no longer have it, delete the key on OKX and create a new one.");
            case KEY_NOT_FOUND -> keyNotFound(context);
            case WRONG_ENVIRONMENT -> wrongEnvironment(context);
            case IP_NOT_ALLOWED -> ipNotAllowed(context);
            case CLOCK_SKEW -> clockSkew(context);
            case PERMISSION_MISSING -> permissionMissing(context);
            case PERMISSION_EXCESS -> new Problem(id, Severity.WARNING, context.okxCode(),
                    "This key is meant for reading only, yet OKX lets it trade too.",
                    "On OKX's API page, edit the key and untick Trade, or create a Read-only key for this tool. "
                            + "A journal or tracker never needs to trade.");
            case WITHDRAW_ENABLED -> error(id, context,
                    "This key can withdraw funds: anyone who gets hold of it could move your money out of OKX.",
                    "Delete this key on OKX now and create a new one without the Withdraw permission. "
                            + "No trading bot, journal or tracker needs it.");
            case NO_IP_BINDING -> noIpBinding(context);
            case KEY_FROZEN -> error(id, context,
                    "OKX has frozen this key, so it cannot be used.",
                    "Contact OKX support through the OKX website or app to learn why. If you did not expect "
                            + "this, review your account's security first.");
            case RATE_LIMITED -> error(id, context,
                    "OKX asked Keyhaven to slow down (too many requests), and still did after Keyhaven waited.",
                    "Wait a minute and check again. A bot that uses this key at the same time counts against "
                            + "the same limits.");
            case EXCHANGE_UNAVAILABLE -> exchangeUnavailable(context);
            case NETWORK -> network(context);
            case REGION_RESTRICTED -> error(id, context,
                    "OKX restricts this account or this feature where you are" + codeNote(context)
                            + ": a compliance, region or identity-verification rule.",
                    "Log in to the OKX website or app: it shows what to do (finish verification, accept new "
                            + "terms) or whether the service is not offered in your country.");
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
        };
    }

    /** The problem a failed request stands for, worded with what the failure tells. */
    public static Problem fromFailure(OkxException failure, ProblemContext base) {
        ProblemContext context = base.toBuilder().failure(failure).build();
        return problem(idFor(failure), context);
    }

    /** Which problem a failed request stands for; OKX's codes decide, never its texts. */
    public static ProblemId idFor(OkxException failure) {
        switch (failure.kind()) {
            case RATE_LIMITED:
                return ProblemId.RATE_LIMITED;
            case UNAVAILABLE:
            case MISSING_DATA:
                return ProblemId.EXCHANGE_UNAVAILABLE;
            case NOT_JSON:
            case TIMEOUT:
            case UNREACHABLE:
                return ProblemId.NETWORK;
            case UNSENDABLE_VALUE:
                CredentialField field = failure.credentialField().orElse(CredentialField.API_KEY);
                return field == CredentialField.PASSPHRASE ? ProblemId.AUTH_WRONG_PASSPHRASE
                        : field == CredentialField.SECRET_KEY ? ProblemId.AUTH_BAD_SIGNATURE
                        : ProblemId.AUTH_INVALID_KEY;
            default:
                break;
        }
        String code = failure.okxCode().orElse("");
        switch (code) {
            case OkxErrorCodes.WRONG_PASSPHRASE:
                return ProblemId.AUTH_WRONG_PASSPHRASE;
            case OkxErrorCodes.INVALID_SIGNATURE:
                return ProblemId.AUTH_BAD_SIGNATURE;
            case OkxErrorCodes.KEY_DOES_NOT_EXIST:
                return ProblemId.KEY_NOT_FOUND;
            case OkxErrorCodes.WRONG_ENVIRONMENT:
                return ProblemId.WRONG_ENVIRONMENT;
            case OkxErrorCodes.IP_NOT_ALLOWED:
            case OkxErrorCodes.IP_FORBIDDEN:
                return ProblemId.IP_NOT_ALLOWED;
            case OkxErrorCodes.TIMESTAMP_EXPIRED:
                return ProblemId.CLOCK_SKEW;
            case OkxErrorCodes.KEY_FROZEN:
                return ProblemId.KEY_FROZEN;
            case OkxErrorCodes.PERMISSION_DENIED:
                return ProblemId.PERMISSION_MISSING;
            case OkxErrorCodes.IP_BINDING_REQUIRED:
                return ProblemId.NO_IP_BINDING;
            default:
                break;
        }
        if (OkxErrorCodes.COMPLIANCE.contains(code)) {
            return ProblemId.REGION_RESTRICTED;
        }
        if (OkxErrorCodes.isAuthentication(code) || OkxErrorCodes.EMPTY_HEADER.contains(code)) {
            return ProblemId.AUTH_INVALID_KEY;
        }
        return ProblemId.EXCHANGE_UNAVAILABLE;
    }

    /** The day after which OKX deletes an unbound trade key last used at {@code lastSignedUse}. */
    public static Instant idleDeletionDate(Instant lastSignedUse) {
        return lastSignedUse.plus(IDLE_DELETION);
    }

    /** The IP address OKX names in its text for 50110, if any. */
    static String ipSeen(String okxMessage) {
        if (okxMessage == null) {
            return null;
        }
        Matcher matcher = IP_IN_TEXT.matcher(okxMessage);
        while (matcher.find()) {
            String candidate = matcher.group(1);
            if (candidate.contains(".") || candidate.chars().filter(c -> c == ':').count() >= 2 && candidate.length() > 2) {
                return candidate;
            }
        }
        return null;
    }

    private static Problem invalidKey(ProblemContext context) {
        if (OkxErrorCodes.EMPTY_HEADER.contains(nullToEmpty(context.okxCode()))) {
            return error(ProblemId.AUTH_INVALID_KEY, context,
                    "One of the three values of this key is empty, so OKX could not check it.",
                    "Edit the key and fill in the API key, the secret key and the passphrase.");
        }
        if (context.failure() == OkxException.Kind.UNSENDABLE_VALUE) {
            return error(ProblemId.AUTH_INVALID_KEY, context,
                    "The stored API key contains a line break, a tab or an unusual character, so it cannot be sent to OKX.",
                    "Edit the key and paste the API key again from OKX's API page.");
        }
        return error(ProblemId.AUTH_INVALID_KEY, context,
                "OKX does not recognise this API key.",
                "Copy the API key again from OKX's API page, without spaces before or after it. If the key is no "
                        + "longer listed there, it was deleted: create a new one.");
    }

    private static Problem keyNotFound(ProblemContext context) {
        Region region = context.region();
        String where = region == null ? "this OKX site" : region.website() + " (" + region.displayName() + ")";
        String others = Arrays.stream(Region.values())
                .filter(other -> other != region)
                .map(other -> other.website() + " (" + other.displayName() + ")")
                .collect(Collectors.joining(" or "));
        return error(ProblemId.KEY_NOT_FOUND, context,
                "OKX says this API key does not exist on " + where + ". Either it was deleted, or it expired "
                        + "(OKX deletes a trade key without IP binding after 14 days unused), or it was created "
                        + "on another OKX site.",
                "If you log in to OKX at " + others + ", set this key's region to that site and check again. "
                        + "Otherwise, look for the key on OKX's API page; if it is gone, create a new one.");
    }

    private static Problem wrongEnvironment(ProblemContext context) {
        if (context.environment() == Environment.DEMO) {
            return error(ProblemId.WRONG_ENVIRONMENT, context,
                    "This key is set to demo trading, but OKX says it is not a demo key: it looks like a live key.",
                    "Switch this key's environment to Live, or create a demo key on OKX under Trade, Demo "
                            + "trading, Personal center, Demo trading API.");
        }
        return error(ProblemId.WRONG_ENVIRONMENT, context,
                "This key is set to live trading, but OKX says it is not a live key: it looks like a demo-trading key.",
                "Switch this key's environment to Demo, or create a live key on OKX's API page.");
    }

    private static Problem ipNotAllowed(ProblemContext context) {
        String ip = ipSeen(context.okxMessage());
        String from = ip == null ? "this computer's internet address" : ip;
        return error(ProblemId.IP_NOT_ALLOWED, context,
                "OKX refused the request because it came from " + from + ", which is not on this key's IP allowlist.",
                "On OKX's API page, edit the key and add " + (ip == null ? "this computer's public IP address" : ip)
                        + ", or run your tools from an address that is on the list. If your address changes often, "
                        + "a server with a fixed IP is the safer home for a bot.");
    }

    private static Problem clockSkew(ProblemContext context) {
        String fix = "Turn on automatic date and time in your system settings. Keyhaven corrects for the difference, "
                + "but your bots may not, and OKX refuses requests more than 30 seconds off.";
        if (OkxErrorCodes.TIMESTAMP_EXPIRED.equals(context.okxCode())) {
            return new Problem(ProblemId.CLOCK_SKEW, Severity.ERROR, context.okxCode(),
                    "OKX kept refusing the time stamp of the request, even after Keyhaven read OKX's clock again.", fix);
        }
        long skew = context.clockSkewMs() == null ? 0 : context.clockSkewMs();
        long seconds = Math.round(Math.abs(skew) / 1000.0);
        Severity severity = Math.abs(skew) >= CLOCK_LIMIT_MS ? Severity.ERROR : Severity.WARNING;
        return new Problem(ProblemId.CLOCK_SKEW, severity, null,
                "This computer's clock is " + seconds + (seconds == 1 ? " second " : " seconds ")
                        + (skew > 0 ? "ahead of" : "behind") + " OKX's.", fix);
    }

    private static Problem permissionMissing(ProblemContext context) {
        if (OkxErrorCodes.PERMISSION_DENIED.equals(context.okxCode())) {
            return error(ProblemId.PERMISSION_MISSING, context,
                    "OKX says this key lacks a permission the check needs: reading the account.",
                    "On OKX's API page, edit the key and make sure Read is ticked.");
        }
        return error(ProblemId.PERMISSION_MISSING, context,
                "This key is for a trading bot, but OKX does not let it trade (it can only "
                        + describe(context.permissions()) + ").",
                "On OKX's API page, edit the key and tick Trade (never Withdraw), or create a new key with "
                        + "Read + Trade.");
    }

    private static Problem noIpBinding(ProblemContext context) {
        if (OkxErrorCodes.IP_BINDING_REQUIRED.equals(context.okxCode())) {
            return error(ProblemId.NO_IP_BINDING, context,
                    "OKX requires this key to be bound to an IP address for this request.",
                    "On OKX's API page, edit the key and add the IP address of the computer or server that uses it.");
        }
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
                "This key can trade but is not bound to an IP address, so it works from anywhere. OKX deletes such "
                        + "a key after 14 days without use: if it stays unused, this one goes " + deadline + ".",
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
        if (context.failure() == OkxException.Kind.REJECTED) {
            return error(ProblemId.EXCHANGE_UNAVAILABLE, context,
                    "OKX refused the check" + codeNote(context) + describeOkxText(context.okxMessage()) + ".",
                    "Check again in a few minutes. If it keeps happening, look up the code in OKX's API "
                            + "documentation or ask OKX support.");
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
        if (failure == OkxException.Kind.TIMEOUT) {
            return error(ProblemId.NETWORK, context, "OKX did not answer in time.", fix);
        }
        String host = context.baseUrl() == null ? "OKX" : context.baseUrl();
        return error(ProblemId.NETWORK, context, "Keyhaven could not connect to " + host + ".", fix);
    }

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
        return normalise(okxLabel).equals(normalise(localLabel));
    }

    private static String normalise(String label) {
        return label == null ? "" : label.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
    }

    /** Purpose-dependent permission problems, shared by the check and the guide. */
    static List<ProblemId> permissionProblems(Purpose purpose, Permissions permissions) {
        List<ProblemId> ids = new java.util.ArrayList<>();
        if (permissions.withdraw()) {
            ids.add(ProblemId.WITHDRAW_ENABLED);
        }
        if (purpose == Purpose.TRADING && !permissions.trade()) {
            ids.add(ProblemId.PERMISSION_MISSING);
        }
        if (purpose == Purpose.READ_ONLY && permissions.trade()) {
            ids.add(ProblemId.PERMISSION_EXCESS);
        }
        return ids;
    }
}
