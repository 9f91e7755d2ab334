package dev.keyhaven.keys;

/**
 * What a check that worked says about the account around the key: a balance it could not read, money waiting
 * in the funding account, a name on OKX that differs from Keyhaven's.
 */
final class AccountNotes {

    private AccountNotes() {
    }

    static Problem balanceNotRead(ProblemContext context) {
        return new Problem(ProblemId.BALANCE_NOT_READ, Severity.WARNING, context.okxCode(),
                "Keyhaven could not read a balance" + (context.detail() == null ? "." : ": " + context.detail()),
                "The key itself works. Check again later to read the balance.");
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

    static Problem labelMismatch(ProblemContext context) {
        return new Problem(ProblemId.LABEL_MISMATCH, Severity.INFO, null,
                "On OKX this key is named \"" + nullToEmpty(context.okxLabel()) + "\", here \""
                        + nullToEmpty(context.localLabel()) + "\".",
                "Give both the same name so that you delete or rotate the right key on OKX later.");
    }

    static Problem fundsInFunding(ProblemContext context) {
        return new Problem(ProblemId.FUNDS_IN_FUNDING, Severity.INFO, null,
                "The trading account is empty, while the funding account holds "
                        + (context.fundingCurrencies().isEmpty() ? "assets"
                                : String.join(", ", context.fundingCurrencies())) + ".",
                "Transfer funds from Funding to Trading on OKX (Assets, then Transfer) before a bot can trade "
                        + "with them.");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
