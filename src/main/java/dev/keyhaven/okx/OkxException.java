package dev.keyhaven.okx;

import java.util.Optional;

/**
 * A request to OKX did not give the answer asked for. {@link #kind()} says why in a way the callers can
 * act on; {@link #okxCode()} carries OKX's own error code when it sent one. The message is a sentence
 * without any credential in it.
 */
public final class OkxException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** OKX answered with an error code (authentication, permission, compliance...). */
        REJECTED,
        /** Too many requests (code 50011 or HTTP 429), still so after backing off. */
        RATE_LIMITED,
        /** OKX is busy or down: HTTP 5xx or codes 50001, 50013, 50026. */
        UNAVAILABLE,
        /** Something answered that is not OKX's JSON: a proxy's, firewall's or captive portal's page. */
        NOT_JSON,
        /** OKX said yes but left out the data, or sent it in a shape this version cannot read. */
        MISSING_DATA,
        /** No answer within the time limit. */
        TIMEOUT,
        /** No connection: refused, unknown host, broken TLS, no network. */
        UNREACHABLE,
        /**
         * A stored value cannot be sent at all (a line break, tab or non-ASCII letter in a header, an
         * empty secret key); {@link #credentialField()} says which. Nothing was sent.
         */
        UNSENDABLE_VALUE
    }

    /** The credential a {@link Kind#UNSENDABLE_VALUE} failure is about. */
    public enum CredentialField { API_KEY, SECRET_KEY, PASSPHRASE }

    private final Kind kind;
    private final String okxCode;
    private final String okxMessage;
    private final int httpStatus;
    private final CredentialField credentialField;

    public OkxException(Kind kind, String message, String okxCode, String okxMessage, int httpStatus, Throwable cause) {
        this(kind, message, okxCode, okxMessage, httpStatus, null, cause);
    }

    private OkxException(Kind kind, String message, String okxCode, String okxMessage, int httpStatus,
            CredentialField credentialField, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.okxCode = okxCode;
        this.okxMessage = okxMessage;
        this.httpStatus = httpStatus;
        this.credentialField = credentialField;
    }

    static OkxException unsendable(CredentialField field, String message) {
        return new OkxException(Kind.UNSENDABLE_VALUE, message, null, null, 0, field, null);
    }

    static OkxException of(Kind kind, String message, int httpStatus) {
        return new OkxException(kind, message, null, null, httpStatus, null);
    }

    public Kind kind() {
        return kind;
    }

    /** OKX's error code, e.g. "50113", when the answer carried one. */
    public Optional<String> okxCode() {
        return Optional.ofNullable(okxCode);
    }

    /** OKX's own text for the code (its {@code msg}); match on the code, never on this. */
    public Optional<String> okxMessage() {
        return Optional.ofNullable(okxMessage).filter(text -> !text.isBlank());
    }

    public Optional<CredentialField> credentialField() {
        return Optional.ofNullable(credentialField);
    }

    /** The HTTP status, or 0 when no answer arrived. */
    public int httpStatus() {
        return httpStatus;
    }
}
