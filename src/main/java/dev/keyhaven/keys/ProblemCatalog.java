package dev.keyhaven.keys;

import dev.keyhaven.okx.OkxException;
import dev.keyhaven.okx.OkxException.CredentialField;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place that decides what a problem means and what to do about it, for the desktop app, the
 * command line and the guide alike. Texts are plain sentences; none ever contains a credential. The words
 * live by job: {@link CredentialProblems}, {@link PermissionProblems}, {@link ReachProblems} and
 * {@link AccountNotes}; an OKX code's own words in {@link OkxCodeTable}.
 */
public final class ProblemCatalog {

    /** OKX deletes a key with trade or withdraw permission and no IP binding after this long unused. */
    public static final Duration IDLE_DELETION = Duration.ofDays(14);
    /** OKX refuses a request whose time stamp is further than this from its clock. */
    public static final long CLOCK_LIMIT_MS = 30_000;
    /** From this skew on, the check warns: Keyhaven corrects for it, most bots do not. */
    public static final long CLOCK_WARNING_MS = 5_000;

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
            case AUTH_WRONG_PASSPHRASE -> CredentialProblems.wrongPassphrase(context);
            case AUTH_INVALID_KEY -> CredentialProblems.invalidKey(context);
            case AUTH_BAD_SIGNATURE -> CredentialProblems.badSignature(context);
            case INPUT_WHITESPACE -> CredentialProblems.whitespace(context);
            case INPUT_SHAPE -> CredentialProblems.shape(context);
            case PERMISSION_MISSING -> PermissionProblems.missing(context);
            case PERMISSION_EXCESS -> PermissionProblems.excess(context);
            case WITHDRAW_ENABLED -> PermissionProblems.withdrawEnabled(context);
            case NO_IP_BINDING -> PermissionProblems.noIpBinding(context);
            case CLOCK_SKEW -> ReachProblems.clockSkew(context);
            case RATE_LIMITED -> ReachProblems.rateLimited(context);
            case EXCHANGE_UNAVAILABLE -> ReachProblems.exchangeUnavailable(context);
            case NETWORK -> ReachProblems.network(context);
            case OKX_REFUSED -> ReachProblems.okxRefused(context);
            case BALANCE_NOT_READ -> AccountNotes.balanceNotRead(context);
            case LABEL_MISMATCH -> AccountNotes.labelMismatch(context);
            case FUNDS_IN_FUNDING -> AccountNotes.fundsInFunding(context);
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

    /** The day after which OKX deletes an unbound trade key last used at {@code lastSignedUse}. */
    public static Instant idleDeletionDate(Instant lastSignedUse) {
        return lastSignedUse.plus(IDLE_DELETION);
    }

    static Problem error(ProblemId id, ProblemContext context, String message, String fix) {
        return new Problem(id, Severity.ERROR, context.okxCode(), message, fix);
    }
}
