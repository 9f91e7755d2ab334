package dev.keyhaven.keys;

import dev.keyhaven.okx.AccountConfig;
import dev.keyhaven.okx.ClockSync;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.FundingBalance;
import dev.keyhaven.okx.OkxBaseUrl;
import dev.keyhaven.okx.OkxClient;
import dev.keyhaven.okx.OkxEndpoint;
import dev.keyhaven.okx.OkxException;
import dev.keyhaven.okx.StopSignal;
import dev.keyhaven.okx.TradingBalance;
import dev.keyhaven.secret.Credentials;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers "does this key work, and is it safe?". It reads OKX's clock (one round trip, shared by keys
 * on the same host for {@link #CLOCK_MAX_AGE}), then the account configuration, the trading balance and
 * the funding balances in parallel (one more round trip), and turns what it learned into a
 * {@link CheckResult}. {@link #check} blocks until the answers are in (at most about the client's call
 * timeout): call it off the JavaFX thread. Thread-safe.
 */
public final class KeyChecker implements AutoCloseable {

    /** A clock reading younger than this is reused (public/time allows 10 requests per 2 s per IP). */
    public static final Duration CLOCK_MAX_AGE = Duration.ofSeconds(30);

    private final OkxClient client;
    private final SignedRequests signed;
    private final Clock clock;
    private final ExecutorService requests;

    public KeyChecker(OkxClient client) {
        this(client, Clock.systemUTC());
    }

    public KeyChecker(OkxClient client, Clock clock) {
        this(client, clock, SignedRequests.of(client));
    }

    /** With {@code signed} in place of the client's three signed requests (tests put faults in there). */
    KeyChecker(OkxClient client, Clock clock, SignedRequests signed) {
        this.client = Objects.requireNonNull(client, "client");
        this.signed = Objects.requireNonNull(signed, "signed");
        this.clock = Objects.requireNonNull(clock, "clock");
        AtomicInteger count = new AtomicInteger();
        this.requests = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "key-check-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Checks one key. Never throws for anything OKX or the network does: that becomes a problem. */
    public CheckResult check(CheckTarget target) {
        List<Problem> problems = new ArrayList<>(InputLint.lint(target.credentials()));
        ProblemContext.Builder context = ProblemContext.builder()
                .region(target.region())
                .environment(target.environment())
                .purpose(target.purpose())
                .lastSignedUse(target.lastSignedUse())
                .oneOffAddress(target.oneOff());
        OkxBaseUrl baseUrl;
        try {
            baseUrl = target.baseUrl() == null ? OkxBaseUrl.of(target.region()) : OkxBaseUrl.parse(target.baseUrl());
        } catch (IllegalArgumentException refused) {
            problems.add(ProblemCatalog.problem(ProblemId.NETWORK, context.baseUrl(target.baseUrl())
                    .detail(refused.getMessage()).build()));
            return result(target, target.baseUrl(), null, null, null, null, problems);
        }
        context.baseUrl(baseUrl.toString());

        ClockSync sync;
        try {
            sync = client.clock(baseUrl).sync(CLOCK_MAX_AGE);
        } catch (OkxException failure) {
            problems.add(ProblemCatalog.fromFailure(failure, context.build()));
            return result(target, baseUrl.toString(), null, null, null, null, problems);
        }
        long skewMs = -sync.offsetMillis();
        context.clockSkewMs(skewMs);
        if (Math.abs(skewMs) >= ProblemCatalog.CLOCK_WARNING_MS) {
            problems.add(ProblemCatalog.problem(ProblemId.CLOCK_SKEW, context.build()));
        }

        OkxEndpoint endpoint = new OkxEndpoint(baseUrl, target.environment());
        Answer<AccountConfig> config;
        Answer<TradingBalance> trading;
        Answer<List<FundingBalance>> funding;
        // The check's own copies, wiped as soon as the requests are sent; the caller's stay untouched.
        try (Credentials credentials = target.credentials().copy()) {
            CompletableFuture<Answer<AccountConfig>> configCall =
                    ask(() -> signed.accountConfig(endpoint, credentials));
            CompletableFuture<Answer<TradingBalance>> tradingCall =
                    ask(() -> signed.tradingBalance(endpoint, credentials));
            CompletableFuture<Answer<List<FundingBalance>>> fundingCall =
                    ask(() -> signed.fundingBalances(endpoint, credentials));
            // All three sign with these credentials: none may be wiped while one still runs, even if another
            // has failed in a way nobody expected (that failure is thrown below, after the wait).
            CompletableFuture.allOf(configCall, tradingCall, fundingCall).handle((done, failure) -> null).join();
            config = configCall.join();
            trading = tradingCall.join();
            funding = fundingCall.join();
        }

        Set<ProblemId> reported = EnumSet.noneOf(ProblemId.class);
        problems.forEach(problem -> reported.add(problem.id()));
        boolean keyWorks = config.value() != null;
        String tradingNotRead = null;
        String fundingNotRead = null;
        for (Answer<?> answer : List.of(config, trading, funding)) {
            if (answer.failure() == null) {
                continue;
            }
            Problem problem = ProblemCatalog.fromFailure(answer.failure(), context.build());
            if (answer == trading) {
                tradingNotRead = problem.message();
            } else if (answer == funding) {
                fundingNotRead = problem.message();
            }
            if (keyWorks) {
                // Only a secondary read failed: keep what the key told, and say which balance is missing and why.
                boolean demoFunding = answer == funding && target.environment() == Environment.DEMO;
                problems.add(AccountNotes.balanceNotRead(answer == trading ? "the trading account's balance"
                        : "the funding account's balances", problem, demoFunding));
            } else if (reported.add(problem.id())) {
                problems.add(problem);
            }
        }
        CheckResult.Balances balances = balances(trading, funding, keyWorks, tradingNotRead, fundingNotRead);
        if (config.value() != null) {
            problems.addAll(keyProblems(target, config.value(), context));
        }
        if (trading.value() != null && funding.value() != null) {
            fundsInFunding(trading.value(), funding.value(), context).ifPresent(problems::add);
        }
        Long latency = config.answered() ? config.millis() : null;
        return result(target, baseUrl.toString(), latency, skewMs, config.value(), balances, problems);
    }

    /**
     * Checks several keys at once (each one a separate OKX account or key), sharing one clock reading per
     * host. The results come back in the order of {@code targets}.
     */
    public List<CheckResult> checkAll(List<CheckTarget> targets) {
        List<CompletableFuture<CheckResult>> checks = targets.stream()
                .map(target -> CompletableFuture.supplyAsync(() -> check(target), requests))
                .toList();
        return checks.stream().map(CompletableFuture::join).toList();
    }

    @Override
    public void close() {
        requests.shutdownNow();
    }

    private List<Problem> keyProblems(CheckTarget target, AccountConfig config, ProblemContext.Builder base) {
        ProblemContext context = base.build().toBuilder()
                .permissions(config.permissions())
                .lastSignedUse(clock.instant())
                .labels(config.label(), target.label())
                .build();
        List<Problem> problems = new ArrayList<>();
        for (ProblemId id : PermissionProblems.of(target.purpose(), config.permissions())) {
            problems.add(ProblemCatalog.problem(id, context));
        }
        if (config.ips().isEmpty()) {
            problems.add(ProblemCatalog.problem(ProblemId.NO_IP_BINDING, context));
        }
        if (!target.label().isBlank() && !config.label().isBlank()
                && !OkxLabel.sameLabel(config.label(), target.label())) {
            problems.add(ProblemCatalog.problem(ProblemId.LABEL_MISMATCH, context));
        }
        return problems;
    }

    private static Optional<Problem> fundsInFunding(TradingBalance trading, List<FundingBalance> funding,
            ProblemContext.Builder context) {
        List<String> held = funding.stream()
                .filter(balance -> balance.bal() != null && balance.bal().signum() > 0)
                .map(FundingBalance::ccy)
                .toList();
        if (!trading.isEmpty() || held.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProblemCatalog.problem(ProblemId.FUNDS_IN_FUNDING,
                context.build().toBuilder().fundingCurrencies(held).build()));
    }

    /** Null when nothing was learned; otherwise each balance read, or not read with the reason. */
    private static CheckResult.Balances balances(Answer<TradingBalance> trading, Answer<List<FundingBalance>> funding,
            boolean keyWorks, String tradingNotRead, String fundingNotRead) {
        if (trading.value() == null && funding.value() == null && !keyWorks) {
            return null;
        }
        BigDecimal total = trading.value() == null ? null : trading.value().totalEq();
        // A part without an answer is never shown as read, even when no reason was recorded for it.
        String noAnswer = "OKX did not answer this part of the check.";
        return new CheckResult.Balances(total, trading.value() == null ? List.of() : trading.value().details(),
                funding.value() == null ? List.of() : funding.value(),
                trading.value() == null && tradingNotRead == null ? noAnswer : tradingNotRead,
                funding.value() == null && fundingNotRead == null ? noAnswer : fundingNotRead);
    }

    private CheckResult result(CheckTarget target, String baseUrl, Long latencyMs, Long skewMs, AccountConfig config,
            CheckResult.Balances balances, List<Problem> problems) {
        List<Problem> ordered = problems.stream().sorted(Comparator.comparing(Problem::severity)).toList();
        boolean ok = ordered.stream().noneMatch(problem -> problem.severity() == Severity.ERROR);
        return new CheckResult(ok, target.environment(), baseUrl, latencyMs, skewMs,
                config == null ? null : CheckResult.Account.of(config),
                config == null ? null : config.permissions(),
                config == null ? List.of() : config.ips(),
                balances, ordered, clock.instant());
    }

    /** The three signed requests of a check; the client's own unless a test puts a fault in between. */
    interface SignedRequests {
        AccountConfig accountConfig(OkxEndpoint endpoint, Credentials credentials) throws OkxException;

        TradingBalance tradingBalance(OkxEndpoint endpoint, Credentials credentials) throws OkxException;

        List<FundingBalance> fundingBalances(OkxEndpoint endpoint, Credentials credentials) throws OkxException;

        static SignedRequests of(OkxClient client) {
            return new SignedRequests() {
                @Override
                public AccountConfig accountConfig(OkxEndpoint endpoint, Credentials credentials)
                        throws OkxException {
                    return client.accountConfig(endpoint, credentials);
                }

                @Override
                public TradingBalance tradingBalance(OkxEndpoint endpoint, Credentials credentials)
                        throws OkxException {
                    return client.tradingBalance(endpoint, credentials);
                }

                @Override
                public List<FundingBalance> fundingBalances(OkxEndpoint endpoint, Credentials credentials)
                        throws OkxException {
                    return client.fundingBalances(endpoint, credentials);
                }
            };
        }
    }

    private interface Call<T> {
        T run() throws OkxException;
    }

    /** A request's outcome: a value or a failure, and how long it took. */
    private record Answer<T>(T value, OkxException failure, long millis) {

        /** True when OKX (or something in its place) answered at all. */
        boolean answered() {
            return failure == null || failure.httpStatus() > 0;
        }
    }

    private <T> CompletableFuture<Answer<T>> ask(Call<T> call) {
        // The request belongs to the caller's group: a Stop of the caller's checks cancels it too.
        StopSignal signal = StopSignal.current();
        return CompletableFuture.supplyAsync(() -> {
            long started = System.nanoTime();
            try {
                T value = StopSignal.during(signal, call::run);
                return new Answer<>(value, null, elapsedMillis(started));
            } catch (OkxException failure) {
                return new Answer<>(null, failure, elapsedMillis(started));
            }
        }, requests);
    }

    private static long elapsedMillis(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }
}
