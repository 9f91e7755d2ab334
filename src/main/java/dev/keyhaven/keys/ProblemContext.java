package dev.keyhaven.keys;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.OkxException;
import dev.keyhaven.okx.Permissions;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.time.Instant;
import java.util.List;

/**
 * What the catalog may mention when it words a problem. Every field is optional (null or empty); the
 * catalog says less when it knows less.
 *
 * @param okxMessage     OKX's own text for its code (read for an IP address, never shown raw)
 * @param failure        how a request failed, for network and exchange problems
 * @param detail         a ready sentence about the cause, e.g. why a base URL was refused
 * @param clockSkewMs    this computer's clock minus OKX's, in milliseconds
 * @param lastSignedUse  the last time OKX accepted a signed request of this key
 * @param fields         the credential values an input problem is about
 * @param oneOffAddress  {@code baseUrl} was given for one check only, not saved with the key
 */
public record ProblemContext(
        Region region,
        Environment environment,
        String baseUrl,
        Purpose purpose,
        String okxCode,
        String okxMessage,
        Integer httpStatus,
        OkxException.Kind failure,
        String detail,
        Long clockSkewMs,
        Instant lastSignedUse,
        Permissions permissions,
        String okxLabel,
        String localLabel,
        List<String> fundingCurrencies,
        List<OkxException.CredentialField> fields,
        boolean oneOffAddress) {

    public ProblemContext {
        fundingCurrencies = fundingCurrencies == null ? List.of() : List.copyOf(fundingCurrencies);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static final class Builder {
        private Region region;
        private Environment environment;
        private String baseUrl;
        private Purpose purpose;
        private String okxCode;
        private String okxMessage;
        private Integer httpStatus;
        private OkxException.Kind failure;
        private String detail;
        private Long clockSkewMs;
        private Instant lastSignedUse;
        private Permissions permissions;
        private String okxLabel;
        private String localLabel;
        private List<String> fundingCurrencies;
        private List<OkxException.CredentialField> fields;
        private boolean oneOffAddress;

        private Builder() {
        }

        private Builder(ProblemContext context) {
            region = context.region;
            environment = context.environment;
            baseUrl = context.baseUrl;
            purpose = context.purpose;
            okxCode = context.okxCode;
            okxMessage = context.okxMessage;
            httpStatus = context.httpStatus;
            failure = context.failure;
            detail = context.detail;
            clockSkewMs = context.clockSkewMs;
            lastSignedUse = context.lastSignedUse;
            permissions = context.permissions;
            okxLabel = context.okxLabel;
            localLabel = context.localLabel;
            fundingCurrencies = context.fundingCurrencies;
            fields = context.fields;
            oneOffAddress = context.oneOffAddress;
        }

        public Builder region(Region value) {
            region = value;
            return this;
        }

        public Builder environment(Environment value) {
            environment = value;
            return this;
        }

        public Builder baseUrl(String value) {
            baseUrl = value;
            return this;
        }

        public Builder purpose(Purpose value) {
            purpose = value;
            return this;
        }

        /** Takes the code, OKX's text, the HTTP status and the kind of a failed request. */
        public Builder failure(OkxException value) {
            okxCode = value.okxCode().orElse(null);
            okxMessage = value.okxMessage().orElse(null);
            httpStatus = value.httpStatus() == 0 ? null : value.httpStatus();
            failure = value.kind();
            fields = value.credentialField().map(List::of).orElse(List.of());
            return this;
        }

        public Builder okxCode(String value) {
            okxCode = value;
            return this;
        }

        public Builder detail(String value) {
            detail = value;
            return this;
        }

        public Builder clockSkewMs(Long value) {
            clockSkewMs = value;
            return this;
        }

        public Builder lastSignedUse(Instant value) {
            lastSignedUse = value;
            return this;
        }

        public Builder permissions(Permissions value) {
            permissions = value;
            return this;
        }

        public Builder labels(String onOkx, String local) {
            okxLabel = onOkx;
            localLabel = local;
            return this;
        }

        public Builder fundingCurrencies(List<String> value) {
            fundingCurrencies = value;
            return this;
        }

        public Builder fields(List<OkxException.CredentialField> value) {
            fields = value;
            return this;
        }

        public Builder oneOffAddress(boolean value) {
            oneOffAddress = value;
            return this;
        }

        public ProblemContext build() {
            return new ProblemContext(region, environment, baseUrl, purpose, okxCode, okxMessage, httpStatus, failure,
                    detail, clockSkewMs, lastSignedUse, permissions, okxLabel, localLabel, fundingCurrencies, fields,
                    oneOffAddress);
        }
    }
}
