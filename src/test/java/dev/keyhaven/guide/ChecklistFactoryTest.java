package dev.keyhaven.guide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keyhaven.guide.PermissionAdvice.Advice;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChecklistFactoryTest {

    private static final ChecklistFactory FACTORY = new ChecklistFactory();

    /** The ids stored in vaults: renaming one loses every trader's progress on that step. */
    private static final List<String> NEW_KEY_IDS = List.of("account-ready", "open-api-page", "create-key",
            "name-key", "key-type", "passphrase", "permissions", "withdraw-off", "ip-binding",
            "security-verification", "save-credentials", "verify", "last-used");

    static Stream<Arguments> everyCombination() {
        List<Arguments> combinations = new ArrayList<>();
        for (ChecklistKind kind : ChecklistKind.values()) {
            for (Purpose purpose : Purpose.values()) {
                for (Environment environment : Environment.values()) {
                    for (Region region : Region.values()) {
                        combinations.add(Arguments.of(kind, purpose, environment, region));
                    }
                }
            }
        }
        return combinations.stream();
    }

    static Stream<Arguments> everyNewKey() {
        return everyCombination().filter(arguments -> arguments.get()[0] == ChecklistKind.NEW_KEY);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @MethodSource("everyCombination")
    void everyChecklistIsCompleteAndConsistent(ChecklistKind kind, Purpose purpose, Environment environment,
                                               Region region) {
        Checklist checklist = FACTORY.create(kind, purpose, environment, region);

        assertThat(checklist.kind()).isEqualTo(kind);
        assertThat(checklist.title()).isNotBlank().doesNotContain("{");
        assertThat(checklist.steps()).isNotEmpty();
        assertThat(checklist.stepIds()).doesNotHaveDuplicates();
        for (Step step : checklist.steps()) {
            assertThat(step.title()).as(step.id()).isNotBlank().doesNotContain("{", "}");
            assertThat(step.body()).as(step.id()).hasSizeGreaterThan(40).doesNotContain("{", "}");
            step.link().ifPresent(url -> assertThat(url).as(step.id())
                    .startsWith("https://" + java.net.URI.create(region.apiManagementUrl()).getHost() + "/"));
            if (step.action() == StepAction.OPEN_URL) {
                assertThat(step.link()).as(step.id() + " opens a page").isPresent();
            }
            if (!step.permissionAdvice().isEmpty()) {
                assertThat(step.permissionAdvice()).as(step.id())
                        .contains(new PermissionAdvice(PermissionPlan.WITHDRAW, Advice.NEVER,
                                "Would let anyone who gets hold of the key move your money out of OKX."));
            }
            if (environment == Environment.DEMO) {
                assertThat(step.body()).as(step.id() + " has no 14-day rule for demo keys")
                        .doesNotContain("14 days").doesNotContain("14-day");
            }
        }
    }

    @ParameterizedTest(name = "{1} {2} {3}")
    @MethodSource("everyNewKey")
    void aNewKeyChecklistHasEveryStepTheIssueAsksFor(ChecklistKind kind, Purpose purpose, Environment environment,
                                                     Region region) {
        Checklist checklist = FACTORY.newKey(purpose, environment, region);

        assertThat(checklist.stepIds()).containsExactlyElementsOf(NEW_KEY_IDS);
        assertThat(step(checklist, "passphrase").action()).isEqualTo(StepAction.GENERATE_PASSPHRASE);
        assertThat(step(checklist, "passphrase").body()).contains("cannot be recovered");
        assertThat(step(checklist, "save-credentials").action()).isEqualTo(StepAction.SAVE_CREDENTIALS);
        assertThat(step(checklist, "save-credentials").body()).contains("shown this one time only");
        assertThat(step(checklist, "verify").action()).isEqualTo(StepAction.RUN_CHECK);
        assertThat(step(checklist, "name-key").body()).contains(SuggestedLabel.of(purpose, environment));
        assertThat(checklist.steps()).filteredOn(step -> !step.isManual())
                .extracting(Step::verification)
                .containsExactlyInAnyOrderElementsOf(java.util.EnumSet.complementOf(
                        java.util.EnumSet.of(Verification.GONE_ON_OKX)));
        assertThat(step(checklist, "withdraw-off").verification()).isEqualTo(Verification.WITHDRAW_OFF);
        assertThat(step(checklist, "permissions").permissionAdvice())
                .isEqualTo(PermissionPlan.forPurpose(purpose));
        assertThat(step(checklist, "account-ready").body()).contains(region.website());
    }

    @ParameterizedTest(name = "{1} {2} {3}")
    @MethodSource("everyNewKey")
    void liveKeysOpenTheRegionsApiPageAndDemoKeysGetTheDemoPath(ChecklistKind kind, Purpose purpose,
                                                                 Environment environment, Region region) {
        Step open = step(FACTORY.newKey(purpose, environment, region), "open-api-page");

        if (environment == Environment.LIVE) {
            assertThat(open.url()).isEqualTo(region.apiManagementUrl());
        } else {
            assertThat(open.body()).contains("Demo trading API");
            assertThat(open.title()).containsIgnoringCase("demo trading");
        }
    }

    @Test
    void theSuggestedLabelSkipsTheLabelsTheVaultsKeysHaveAlready() {
        ChecklistFactory avoiding = FACTORY.avoidingLabels(() -> List.of(" tradingbot ", "TradingBot2"));

        String nameStep = step(avoiding.newKey(Purpose.TRADING, Environment.LIVE, Region.GLOBAL), "name-key").body();

        assertThat(nameStep).contains("Suggested: TradingBot3.");
        assertThat(SuggestedLabel.free("ReadOnly", List.of("TradingBot"))).isEqualTo("ReadOnly");
    }

    @Test
    void onlyLiveTradingKeysAreToldAboutTheFourteenDayRule() {
        for (Purpose purpose : Purpose.values()) {
            for (Environment environment : Environment.values()) {
                String ipStep = step(FACTORY.newKey(purpose, environment, Region.GLOBAL), "ip-binding").body();
                boolean deletable = purpose.wantedPermissions().trade() && environment == Environment.LIVE;
                assertThat(ipStep.contains("14 days")).as(purpose + " " + environment).isEqualTo(deletable);
            }
        }
        assertThat(step(FACTORY.newKey(Purpose.TRADING, Environment.DEMO, Region.EEA), "ip-binding").body())
                .contains("do not expire");
    }

    @ParameterizedTest(name = "{1} {2} {3}")
    @MethodSource("everyNewKey")
    void readOnlyChecklistsNeverAskForTrade(ChecklistKind kind, Purpose purpose, Environment environment,
                                            Region region) {
        Checklist checklist = FACTORY.newKey(purpose, environment, region);
        Step permissions = step(checklist, "permissions");
        Advice trade = permissions.permissionAdvice().stream()
                .filter(advice -> advice.permission().equals(PermissionPlan.TRADE))
                .findFirst().orElseThrow().advice();

        if (!purpose.wantedPermissions().trade()) {
            assertThat(trade).isEqualTo(Advice.LEAVE_OFF);
            assertThat(permissions.title()).isEqualTo("Tick Read only, nothing else");
            assertThat(checklist.steps()).allSatisfy(step ->
                    assertThat(step.body().toLowerCase(Locale.ROOT)).doesNotContain("tick read and trade"));
        } else {
            assertThat(trade).isEqualTo(Advice.TICK);
            assertThat(permissions.title()).isEqualTo("Tick Read + Trade, nothing else");
        }
    }

    @Test
    void regionsGetTheirOwnSiteAndHost() {
        Checklist eea = FACTORY.newKey(Purpose.TRADING, Environment.LIVE, Region.EEA);

        assertThat(step(eea, "open-api-page").title()).isEqualTo("Open API management on my.okx.com");
        assertThat(step(eea, "open-api-page").url()).isEqualTo("https://my.okx.com/account/my-api");
        assertThat(step(eea, "verify").body()).contains("eea.okx.com");
        assertThat(step(FACTORY.newKey(Purpose.TRADING, Environment.DEMO, Region.US), "open-api-page").url())
                .isEqualTo("https://app.okx.com/");
    }

    @Test
    void rotationAndRevocationGuideTheWholeWay() {
        Checklist rotation = FACTORY.rotation(Purpose.TRADING, Environment.LIVE, Region.GLOBAL);
        Checklist revocation = FACTORY.revocation(Purpose.TRADING, Environment.LIVE, Region.GLOBAL);

        assertThat(rotation.stepIds()).containsExactly("rotate-create", "rotate-passphrase", "rotate-save",
                "rotate-check", "rotate-update-bot", "rotate-delete-old");
        assertThat(step(rotation, "rotate-save").body()).contains("archived");
        assertThat(revocation.stepIds()).startsWith("revoke-delete").endsWith("revoke-replace");
        assertThat(step(revocation, "revoke-delete").body()).startsWith("Do this first");
    }

    @Test
    void idsDoNotCollideAcrossGuides() {
        List<String> all = new ArrayList<>();
        for (ChecklistKind kind : ChecklistKind.values()) {
            if (kind == ChecklistKind.EXISTING_KEY) {
                continue; // shares the new-key steps it repeats on purpose: see below
            }
            all.addAll(FACTORY.create(kind, Purpose.TRADING, Environment.LIVE, Region.GLOBAL).stepIds());
        }
        assertThat(all).doesNotHaveDuplicates();
    }

    private static Step step(Checklist checklist, String id) {
        return checklist.step(id).orElseThrow(() -> new AssertionError("no step " + id));
    }

    @Test
    void anExistingKeysCheckIsShortAndSharesTheNewKeysVerifiedSteps() {
        Checklist existing = FACTORY.create(ChecklistKind.EXISTING_KEY, Purpose.TRADING, Environment.LIVE, Region.GLOBAL);
        Checklist created = FACTORY.create(ChecklistKind.NEW_KEY, Purpose.TRADING, Environment.LIVE, Region.GLOBAL);
        assertThat(existing.title()).startsWith("Check your existing");
        assertThat(existing.steps()).hasSizeLessThan(created.steps().size() / 2 + 1);
        assertThat(created.stepIds()).containsAll(existing.stepIds().subList(1, existing.stepIds().size()));
        assertThat(existing.stepIds()).contains(IpAnswer.STEP).doesNotContain("create-key", "passphrase");
    }
}
