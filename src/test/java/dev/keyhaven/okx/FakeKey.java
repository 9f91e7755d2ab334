package dev.keyhaven.okx;

import dev.keyhaven.secret.Credentials;
import dev.keyhaven.secret.Secret;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * An API key as the fake exchange knows it: its three values, what it may do, its account and the
 * balances that account holds. Build one with {@link #builder()}; every field has a sensible default
 * (a live, Global, read + trade key of a main account, no IP bound, empty balances).
 */
public final class FakeKey {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String apiKey;
    private final String secretKey;
    private final String passphrase;
    private final Permissions permissions;
    private final List<String> ips;
    private final String uid;
    private final String mainUid;
    private final int acctLv;
    private final String label;
    private final boolean demo;
    private final Region region;
    private final boolean frozen;
    private final String refusalCode;
    private final List<TradingBalance.Detail> trading;
    private final List<FundingBalance> funding;

    private FakeKey(Builder builder) {
        this.apiKey = builder.apiKey;
        this.secretKey = builder.secretKey;
        this.passphrase = builder.passphrase;
        this.permissions = builder.permissions;
        this.ips = List.copyOf(builder.ips);
        this.uid = builder.uid;
        this.mainUid = builder.mainUid == null ? builder.uid : builder.mainUid;
        this.acctLv = builder.acctLv;
        this.label = builder.label;
        this.demo = builder.demo;
        this.region = builder.region;
        this.frozen = builder.frozen;
        this.refusalCode = builder.refusalCode;
        this.trading = List.copyOf(builder.trading);
        this.funding = List.copyOf(builder.funding);
    }

    public static Builder builder() {
        return new Builder();
    }

    public String apiKey() {
        return apiKey;
    }

    public String secretKey() {
        return secretKey;
    }

    public String passphrase() {
        return passphrase;
    }

    /** Fresh holders of the three values; the caller closes them. */
    public Credentials credentials() {
        return new Credentials(Secret.ofString(apiKey), Secret.ofString(secretKey), Secret.ofString(passphrase));
    }

    public Permissions permissions() {
        return permissions;
    }

    public List<String> ips() {
        return ips;
    }

    public String uid() {
        return uid;
    }

    public String mainUid() {
        return mainUid;
    }

    public int acctLv() {
        return acctLv;
    }

    public String label() {
        return label;
    }

    public boolean demo() {
        return demo;
    }

    public Region region() {
        return region;
    }

    public boolean frozen() {
        return frozen;
    }

    /** A code OKX answers every signed request of this key with (compliance, KYC...), or null. */
    public String refusalCode() {
        return refusalCode;
    }

    public List<TradingBalance.Detail> trading() {
        return trading;
    }

    public BigDecimal tradingTotalUsd() {
        return trading.stream().map(TradingBalance.Detail::eqUsd).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<FundingBalance> funding() {
        return funding;
    }

    public static final class Builder {
        private String apiKey = UUID.randomUUID().toString();
        private String secretKey = HexFormat.of().formatHex(randomBytes(16)).toUpperCase(Locale.ROOT);
        private String passphrase = "Fake-Pass-" + HexFormat.of().formatHex(randomBytes(4));
        private Permissions permissions = new Permissions(true, true, false);
        private List<String> ips = List.of();
        private String uid = String.valueOf(100_000_000L + RANDOM.nextInt(900_000_000));
        private String mainUid;
        private int acctLv = 2;
        private String label = "bot1";
        private boolean demo;
        private Region region = Region.GLOBAL;
        private boolean frozen;
        private String refusalCode;
        private final List<TradingBalance.Detail> trading = new ArrayList<>();
        private final List<FundingBalance> funding = new ArrayList<>();

        private Builder() {
        }

        public Builder apiKey(String value) {
            this.apiKey = value;
            return this;
        }

        public Builder secretKey(String value) {
            this.secretKey = value;
            return this;
        }

        public Builder passphrase(String value) {
            this.passphrase = value;
            return this;
        }

        public Builder permissions(Permissions value) {
            this.permissions = value;
            return this;
        }

        /** As OKX spells them, e.g. {@code "read_only,trade,withdraw"}. */
        public Builder perm(String okxPerm) {
            return permissions(Permissions.parse(okxPerm));
        }

        public Builder ips(String... values) {
            this.ips = List.of(values);
            return this;
        }

        public Builder uid(String value) {
            this.uid = value;
            return this;
        }

        /** Makes it a sub-account key: the main account's uid differs. */
        public Builder mainUid(String value) {
            this.mainUid = value;
            return this;
        }

        public Builder acctLv(int value) {
            this.acctLv = value;
            return this;
        }

        public Builder label(String value) {
            this.label = value;
            return this;
        }

        public Builder demo(boolean value) {
            this.demo = value;
            return this;
        }

        /** The site where the key was created; a fake server of another region answers 50119. */
        public Builder region(Region value) {
            this.region = value;
            return this;
        }

        public Builder frozen(boolean value) {
            this.frozen = value;
            return this;
        }

        /** Every signed request of this key is refused with {@code code} (e.g. a compliance code). */
        public Builder refusedWith(String code) {
            this.refusalCode = code;
            return this;
        }

        public Builder trading(String ccy, String eq, String eqUsd) {
            trading.add(new TradingBalance.Detail(ccy, new BigDecimal(eq), new BigDecimal(eq), new BigDecimal(eqUsd)));
            return this;
        }

        public Builder funding(String ccy, String bal) {
            funding.add(new FundingBalance(ccy, new BigDecimal(bal), new BigDecimal(bal), BigDecimal.ZERO));
            return this;
        }

        public FakeKey build() {
            return new FakeKey(this);
        }

        private static byte[] randomBytes(int count) {
            byte[] bytes = new byte[count];
            RANDOM.nextBytes(bytes);
            return bytes;
        }
    }
}
