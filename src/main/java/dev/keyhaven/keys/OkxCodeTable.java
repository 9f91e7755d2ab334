package dev.keyhaven.keys;

import static dev.keyhaven.keys.ProblemId.ACCOUNT_BLOCKED;
import static dev.keyhaven.keys.ProblemId.API_NOT_PERMITTED;
import static dev.keyhaven.keys.ProblemId.AUTH_BAD_SIGNATURE;
import static dev.keyhaven.keys.ProblemId.AUTH_INVALID_KEY;
import static dev.keyhaven.keys.ProblemId.AUTH_REFUSED;
import static dev.keyhaven.keys.ProblemId.AUTH_WRONG_PASSPHRASE;
import static dev.keyhaven.keys.ProblemId.CLOCK_SKEW;
import static dev.keyhaven.keys.ProblemId.CREDENTIAL_EMPTY;
import static dev.keyhaven.keys.ProblemId.EXCHANGE_UNAVAILABLE;
import static dev.keyhaven.keys.ProblemId.IP_NOT_ALLOWED;
import static dev.keyhaven.keys.ProblemId.KEYHAVEN_BUG;
import static dev.keyhaven.keys.ProblemId.KEY_FROZEN;
import static dev.keyhaven.keys.ProblemId.KEY_NOT_FOUND;
import static dev.keyhaven.keys.ProblemId.KEY_TYPE_UNSUPPORTED;
import static dev.keyhaven.keys.ProblemId.NETWORK_NOT_SERVED;
import static dev.keyhaven.keys.ProblemId.NO_IP_BINDING;
import static dev.keyhaven.keys.ProblemId.PERMISSION_MISSING;
import static dev.keyhaven.keys.ProblemId.RATE_LIMITED;
import static dev.keyhaven.keys.ProblemId.REGION_RESTRICTED;
import static dev.keyhaven.keys.ProblemId.WRONG_ENVIRONMENT;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one table from every OKX REST error code a read-only check can meet to the problem it stands for,
 * with a message and a fix a trader understands. Codes are matched, never OKX's texts. A code missing here
 * becomes {@link ProblemId#OKX_REFUSED} (OKX's code and its own words), never a guess about the key.
 *
 * <p>Sources: okx-api.md, "Error codes a credential check must explain" (the code, HTTP status, meaning and
 * what the user should do), and OKX's v5 documentation, "Error Code > REST API > Public": "General Class"
 * (50000-50099), "API Class" (50100-50199) and "Trade Class" (51155, 51734).
 */
final class OkxCodeTable {

    /** The words of one problem; a null severity keeps the entry's. */
    record Words(String message, String fix, Severity severity) {

        Words(String message, String fix) {
            this(message, fix, null);
        }
    }

    /** Words one code for what the context knows. */
    @FunctionalInterface
    interface Wording {
        Words of(ProblemContext context);
    }

    record Entry(String code, ProblemId id, Severity severity, Wording wording) {

        Problem problem(ProblemContext context) {
            Words words = wording.of(context);
            return new Problem(id, words.severity() == null ? severity : words.severity(), context.okxCode(),
                    words.message(), words.fix());
        }
    }

    private static final String NOT_THE_KEY = " That is OKX's trouble, not your key's.";
    private static final String TRY_LATER =
            "Check again in a few minutes. OKX announces outages and maintenance on its status page.";
    private static final String REPORT = "Your key is fine to keep. Please report this to Keyhaven with the code "
            + "and Keyhaven's version, then check again after an update.";
    private static final String REPORT_OR_PROXY = "Try once without a VPN or proxy. If it happens again, please "
            + "report it to Keyhaven with the code and Keyhaven's version; your key is fine to keep.";
    private static final String ON_OKX = "Log in to the OKX website or app: it shows what to do (finish identity "
            + "verification, accept new terms) or tells you that the service is not offered where you live.";
    static final String CLOCK_FIX = "Turn on automatic date and time in your system settings. Keyhaven corrects for "
            + "the difference, but your bots may not, and OKX refuses requests more than 30 seconds off.";
    static final String PASSPHRASE_FIX = "Enter the passphrase again exactly as you chose it when you created the "
            + "key: it is case sensitive. OKX cannot recover a lost passphrase: if you no longer have it, delete the "
            + "key on OKX and create a new one.";
    static final String SIGNATURE_FIX = "Paste the secret key again in full: it is long and easy to truncate. OKX "
            + "shows it only once: if you no longer have it, delete the key on OKX and create a new one.";
    static final String INVALID_KEY_FIX = "Copy the API key again from OKX's API page, without spaces before or after "
            + "it. If the key is no longer listed there, it was deleted: create a new one.";
    /** OKX's site in Turkey: named in fixes, not offered as a region (no API host confirmed; see the README). */
    static final String OKX_TR = "tr.okx.com (OKX TR)";

    private static final Pattern IP_IN_TEXT =
            Pattern.compile("\\b(\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7})\\b");

    private static final Map<String, Entry> TABLE = index(List.of(
            // okx-api.md rows "50001 / 50013 / 50026" (exchange busy or down) and "50004" (endpoint request timeout,
            // outcome unknown, a read may be retried once: OkxClient does); OKX v5 "General Class".
            fixed("50001", EXCHANGE_UNAVAILABLE, "OKX says its service is temporarily unavailable (code 50001), for "
                    + "example during an upgrade." + NOT_THE_KEY, TRY_LATER),
            fixed("50004", EXCHANGE_UNAVAILABLE, "OKX's own servers timed out on the check, also when Keyhaven asked a "
                    + "second time (code 50004: endpoint request timeout). A check only reads, so nothing changed on "
                    + "your account." + NOT_THE_KEY, TRY_LATER),
            fixed("50005", EXCHANGE_UNAVAILABLE, "OKX says this part of its API is offline or unavailable right now "
                    + "(code 50005)." + NOT_THE_KEY, TRY_LATER),
            fixed("50013", EXCHANGE_UNAVAILABLE, "OKX says its systems are busy (code 50013)." + NOT_THE_KEY, TRY_LATER),
            fixed("50026", EXCHANGE_UNAVAILABLE, "OKX reports a system error on its side (code 50026)." + NOT_THE_KEY,
                    TRY_LATER),
            // OKX v5 "General Class": the account's own state.
            fixed("50007", ACCOUNT_BLOCKED, "OKX has blocked this account (code 50007), so none of its keys work.",
                    "Log in to the OKX website or app to learn why, and contact OKX support. If you did not expect "
                            + "this, review your account's security first."),
            fixed("50009", ACCOUNT_BLOCKED, "OKX has suspended this account while a liquidation is under way "
                    + "(code 50009).", "Wait until the liquidation is over (the OKX app shows it), then check again."),
            fixed("50012", ACCOUNT_BLOCKED, "OKX says this account's status does not allow the request (code 50012).",
                    "Log in to the OKX website or app to see the account's status, and ask OKX support if it is unclear."),
            // okx-api.md row "50011" (rate limit; OkxClient already waited within the documented windows).
            fixed("50011", RATE_LIMITED, "OKX asked Keyhaven to slow down (code 50011: too many requests), and still "
                    + "did after Keyhaven waited.", "Wait a minute and check again. A bot that uses this key at the "
                    + "same time counts against the same limits."),
            // okx-api.md row "50030" (no permission to use this API): a permission problem with its own fix.
            fixed("50030", API_NOT_PERMITTED, "OKX says this key may not use this part of its API (code 50030: no "
                    + "permission to use this API).", "On OKX's API page, make sure the key has Read ticked. A key "
                    + "made for linking a third-party app, or a sub-account's key, may be limited to some requests: "
                    + "for Keyhaven to check it fully, create a key of the API trading type with Read."),
            // okx-api.md row "50035" (the endpoint requires an IP-bound key).
            fixed("50035", NO_IP_BINDING, "OKX requires this key to be bound to an IP address for this request "
                    + "(code 50035).", "On OKX's API page, edit the key and add the IP address of the computer or "
                    + "server that uses it."),
            // okx-api.md row "50051, 50052, 50059, 50060, 51155, 51734" (compliance or region restriction, KYC).
            fixed("50051", REGION_RESTRICTED, "OKX does not offer this feature in your country or region "
                    + "(code 50051).", ON_OKX),
            fixed("50052", REGION_RESTRICTED, "Local laws and regulations stop this account from trading a crypto "
                    + "it asked for (code 50052).", ON_OKX),
            fixed("50059", REGION_RESTRICTED, "OKX needs you to complete extra steps your local regulator requires "
                    + "before you continue (code 50059).", ON_OKX),
            fixed("50060", REGION_RESTRICTED, "OKX needs you to complete identity verification for security and "
                    + "compliance (code 50060).", ON_OKX),
            fixed("51155", REGION_RESTRICTED, "A compliance rule where you live stops this account from trading a "
                    + "pair or borrowing a crypto (code 51155).", ON_OKX),
            fixed("51734", REGION_RESTRICTED, "OKX does not support the country of your identity verification for "
                    + "this service (code 51734).", ON_OKX),
            // okx-api.md rows 50100-50122; OKX v5 "API Class".
            fixed("50100", KEY_FROZEN, "OKX has frozen this key, so it cannot be used (code 50100).",
                    "Contact OKX support through the OKX website or app to learn why. If you did not expect this, "
                            + "review your account's security first."),
            new Entry("50101", WRONG_ENVIRONMENT, Severity.ERROR, OkxCodeTable::wrongEnvironment),
            fixed("50102", CLOCK_SKEW, "OKX kept refusing the time stamp of the request (code 50102: timestamp "
                    + "expired), even after Keyhaven read OKX's clock again.", CLOCK_FIX),
            fixed("50103", CREDENTIAL_EMPTY, "The API key stored for this key is empty, so OKX had nothing to check "
                    + "(code 50103).", "Edit the key and paste the API key from OKX's API page."),
            fixed("50104", CREDENTIAL_EMPTY, "The passphrase stored for this key is empty, so OKX had nothing to "
                    + "check (code 50104).", "Edit the key and enter the passphrase you chose when you created it on "
                    + "OKX. OKX cannot recover a lost passphrase: if you no longer have it, create a new key."),
            fixed("50105", AUTH_WRONG_PASSPHRASE, "OKX does not accept the passphrase stored for this key "
                    + "(code 50105).", PASSPHRASE_FIX),
            fixed("50106", KEYHAVEN_BUG, "The request reached OKX without its signature (code 50106). Keyhaven always "
                    + "signs, so a bug or something between you and OKX, such as a proxy, lost it.", REPORT_OR_PROXY),
            fixed("50107", KEYHAVEN_BUG, "The request reached OKX without its time stamp (code 50107). Keyhaven always "
                    + "sends one, so a bug or something between you and OKX, such as a proxy, lost it.",
                    REPORT_OR_PROXY),
            new Entry("50110", IP_NOT_ALLOWED, Severity.ERROR, OkxCodeTable::ipNotAllowed),
            new Entry("50111", AUTH_INVALID_KEY, Severity.ERROR, context -> CredentialProblems.unknownKey(context,
                    "OKX does not recognise this API key (code 50111).", INVALID_KEY_FIX)),
            fixed("50112", KEYHAVEN_BUG, "OKX could not read the time stamp Keyhaven sent (code 50112: invalid "
                    + "timestamp format). Your key is not at fault: this is a bug in Keyhaven.", REPORT),
            fixed("50113", AUTH_BAD_SIGNATURE, "OKX rejected the signature made with the stored secret key "
                    + "(code 50113). This almost always means the secret key is wrong or was cut short when it was "
                    + "copied.", SIGNATURE_FIX),
            fixed("50114", AUTH_REFUSED, "OKX refused the key's authorization without saying which value is wrong "
                    + "(code 50114).", "Enter the API key, the secret key and the passphrase again exactly as OKX "
                    + "gave them. If that does not help, delete the key on OKX and create a new one."),
            fixed("50115", KEYHAVEN_BUG, "OKX refused the kind of request Keyhaven made (code 50115: invalid request "
                    + "method). Your key is not at fault.", REPORT_OR_PROXY),
            fixed("50116", KEY_TYPE_UNSUPPORTED, "OKX refused the check under its rules for Fast API keys "
                    + "(code 50116).", "Keyhaven checks standard API keys. Keep the Fast API key where you use it; to "
                    + "watch this account here, create a standard key with Read only on OKX's API page."),
            fixed("50118", KEY_TYPE_UNSUPPORTED, "OKX refused the check under its rules for keys that link a "
                    + "third-party app through a broker (code 50118): such a key is meant to be used by that broker.",
                    "If the platform works with this key, nothing is wrong with it: look at its status on the "
                            + "platform. For a key Keyhaven can check, create one of the API trading type."),
            new Entry("50119", KEY_NOT_FOUND, Severity.ERROR, OkxCodeTable::keyNotFound),
            fixed("50120", PERMISSION_MISSING, "OKX says this key lacks a permission the check needs: reading the "
                    + "account (code 50120).", "On OKX's API page, edit the key and make sure Read is ticked."),
            new Entry("50121", NETWORK_NOT_SERVED, Severity.ERROR, OkxCodeTable::networkNotServed),
            fixed("50122", KEYHAVEN_BUG, "OKX answered the check with a rule about order sizes (code 50122), though a "
                    + "check places no order. Your key is not at fault.", REPORT)));

    private OkxCodeTable() {
    }

    /** The entry for {@code code}, if OKX documents it for the requests a check makes. */
    static Optional<Entry> entry(String code) {
        return Optional.ofNullable(code).map(TABLE::get);
    }

    /** Every code in the table, in its order. */
    static Set<String> codes() {
        return TABLE.keySet();
    }

    /** The first entry for {@code id}: how the problem reads when no code came with it. */
    static Optional<Entry> typical(ProblemId id) {
        return TABLE.values().stream().filter(entry -> entry.id() == id).findFirst();
    }

    private static Map<String, Entry> index(List<Entry> entries) {
        Map<String, Entry> table = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (table.put(entry.code(), entry) != null) {
                throw new IllegalStateException("OKX code " + entry.code() + " is in the table twice");
            }
        }
        return java.util.Collections.unmodifiableMap(table);
    }

    private static Entry fixed(String code, ProblemId id, String message, String fix) {
        return new Entry(code, id, Severity.ERROR, context -> new Words(message, fix));
    }

    /** The IP address OKX names in its text for 50110 or 50121, if any. */
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

    private static Words wrongEnvironment(ProblemContext context) {
        if (context.environment() == Environment.DEMO) {
            return new Words("This key is set to demo trading, but OKX says it is not a demo key (code 50101): it "
                    + "looks like a live key.", "Switch this key's environment to Live, or create a demo key on OKX under Trade, "
                    + "Demo trading, Personal center, Demo trading API.");
        }
        return new Words("This key is set to live trading, but OKX says it is not a live key (code 50101): it looks "
                + "like a demo-trading key.", "Switch this key's environment to Demo, or create a live key on OKX's API page.");
    }

    private static Words ipNotAllowed(ProblemContext context) {
        String ip = ipSeen(context.okxMessage());
        String from = ip == null ? "this computer's internet address" : ip;
        if (context.purpose() != null && context.purpose().forPlatform()) {
            // A platform key bound to the platform's published addresses is refused everywhere else, as it should be.
            return new Words("OKX refused the check from " + from + " because this key is bound to other IP "
                    + "addresses (code 50110). For a key you gave to a platform and bound to the platform's addresses, that is "
                    + "expected: only the platform can use it, so Keyhaven cannot read its permissions from here.",
                    "Nothing to fix if the platform shows the key as connected. To let Keyhaven check it as well, add "
                            + (ip == null ? "this computer's public IP address" : ip) + " to the key on OKX's API page.",
                    Severity.WARNING);
        }
        return new Words("OKX refused the request because it came from " + from + ", which is not on this key's IP "
                + "allowlist (code 50110).", "On OKX's API page, edit the key and add " + (ip == null ? "this computer's public IP "
                + "address" : ip) + ", or run your tools from an address that is on the list. If your address changes "
                + "often, a server with a fixed IP is the safer home for a bot.");
    }

    private static Words keyNotFound(ProblemContext context) {
        if (context.lastSignedUse() != null) {
            return CredentialProblems.unknownKey(context, "", "");
        }
        Region region = context.region();
        String where = region == null ? "this OKX site" : site(region);
        String others = Arrays.stream(Region.values())
                .filter(other -> other != region)
                .map(OkxCodeTable::site)
                .collect(Collectors.joining(" or "));
        return new Words("OKX says this API key does not exist on " + where + " (code 50119). Either it was deleted, or it expired "
                + "(OKX says keys that can trade and are not bound to an IP expire after 14 days unused), or it was "
                + "created on another OKX site.",
                "If you log in to OKX at " + others + ", set this key's region to that site and check again. Keys made "
                        + "on " + OKX_TR + " work only there, and Keyhaven has no preset for that site yet: if OKX TR "
                        + "gives you an API address, enter it as this key's custom address. Otherwise, look for the "
                        + "key on OKX's API page; if it is gone, create a new one.");
    }

    private static Words networkNotServed(ProblemContext context) {
        String ip = ipSeen(context.okxMessage());
        return new Words("OKX does not serve the internet connection this check came from"
                + (ip == null ? "" : " (" + ip + ")") + " (code 50121). OKX turns away some countries, VPNs and data "
                + "centres from the whole platform: this is not about your key's IP list.",
                "Turn off any VPN or proxy, or check from another connection. If you live where OKX runs a regional "
                        + "site (" + regionalSites() + "), log in there and use a key made on that site. Adding this "
                        + "address to the key on OKX cannot help.");
    }

    private static String site(Region region) {
        return region.website() + " (" + region.displayName() + ")";
    }

    private static String regionalSites() {
        return Arrays.stream(Region.values())
                .filter(region -> region != Region.GLOBAL)
                .map(OkxCodeTable::site)
                .collect(Collectors.joining(", ")) + ", " + OKX_TR;
    }
}
