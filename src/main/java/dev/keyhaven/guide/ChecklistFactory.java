package dev.keyhaven.guide;

import dev.keyhaven.guide.GuideContent.ChecklistTemplate;
import dev.keyhaven.guide.GuideContent.Link;
import dev.keyhaven.guide.GuideContent.StepTemplate;
import dev.keyhaven.guide.GuideContent.Variant;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes the checklist a trader follows for a purpose, environment and region, from the guide content. */
public final class ChecklistFactory {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final GuideContent content;
    private final Supplier<? extends Collection<String>> takenLabels;
    private final String keyLabel;
    private final String checkAddress;

    /** Reads the guide content shipped with the app. */
    public ChecklistFactory() {
        this(GuideContent.load());
    }

    ChecklistFactory(GuideContent content) {
        this(content, List::of);
    }

    private ChecklistFactory(GuideContent content, Supplier<? extends Collection<String>> takenLabels) {
        this(content, takenLabels, null, null);
    }

    private ChecklistFactory(GuideContent content, Supplier<? extends Collection<String>> takenLabels, String keyLabel,
                             String checkAddress) {
        this.content = content;
        this.takenLabels = takenLabels;
        this.keyLabel = keyLabel;
        this.checkAddress = checkAddress;
    }

    /** This factory, its suggested label made free of the labels {@code taken} gives (the vault's keys). */
    public ChecklistFactory avoidingLabels(Supplier<? extends Collection<String>> taken) {
        return new ChecklistFactory(content, taken, keyLabel, checkAddress);
    }

    /** This factory, its example name taken from the label of the key being replaced (a rotation's guide). */
    public ChecklistFactory namingAfter(String label) {
        return new ChecklistFactory(content, takenLabels, label, checkAddress);
    }

    /**
     * This factory, its check step naming {@code address} as where the check goes: the address saved with the
     * key, in KeyAddress's words; null for OKX's host of the key's site.
     */
    public ChecklistFactory checkingAt(String address) {
        return new ChecklistFactory(content, takenLabels, keyLabel, address);
    }

    public Checklist newKey(Purpose purpose, Environment environment, Region region) {
        return create(ChecklistKind.NEW_KEY, purpose, environment, region);
    }

    public Checklist rotation(Purpose purpose, Environment environment, Region region) {
        return create(ChecklistKind.ROTATE, purpose, environment, region);
    }

    public Checklist revocation(Purpose purpose, Environment environment, Region region) {
        return create(ChecklistKind.REVOKE, purpose, environment, region);
    }

    public Checklist create(ChecklistKind kind, Purpose purpose, Environment environment, Region region) {
        ChecklistTemplate template = content.checklists().get(kind);
        if (template == null) {
            throw new IllegalStateException("The guide content has no checklist " + kind);
        }
        Map<String, String> values = placeholderValues(purpose, environment, region);
        List<Step> steps = new ArrayList<>();
        for (StepTemplate step : template.steps()) {
            if (step.when() == null || step.when().matches(purpose, environment, region)) {
                steps.add(render(step, purpose, environment, region, values));
            }
        }
        return new Checklist(kind, purpose, environment, region, fill(template.title(), values, "title"), steps);
    }

    private Step render(StepTemplate template, Purpose purpose, Environment environment, Region region,
                        Map<String, String> values) {
        String title = template.title();
        String body = template.body();
        Link link = template.link();
        for (Variant variant : template.variants()) {
            if (variant.when().matches(purpose, environment, region)) {
                title = variant.title() != null ? variant.title() : title;
                body = variant.body() != null ? variant.body() : body;
                link = variant.link() != null ? variant.link() : link;
                break;
            }
        }
        return new Step(
                template.id(),
                fill(title, values, template.id()),
                fill(body, values, template.id()),
                link == null ? null : url(link, region),
                template.verification(),
                template.action(),
                template.permissions() ? PermissionPlan.forPurpose(purpose) : List.of());
    }

    private Map<String, String> placeholderValues(Purpose purpose, Environment environment, Region region) {
        String use = content.uses().get(purpose);
        return Map.of(
                "site", region.website(),
                "use", use == null ? purpose.displayName() : use,
                "permissions", purpose.permissionSummary(),
                "environment", environment.displayName(),
                "host", checkAddress != null ? checkAddress : URI.create(region.restBaseUrl()).getHost(),
                "label", keyLabel == null ? SuggestedLabel.free(SuggestedLabel.of(purpose, environment),
                        takenLabels.get()) : SuggestedLabel.after(keyLabel, SuggestedLabel.of(purpose, environment)));
    }

    private static String fill(String text, Map<String, String> values, String where) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("The guide content uses an unknown placeholder {"
                        + matcher.group(1) + "} in " + where);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String url(Link link, Region region) {
        return switch (link) {
            case API_PAGE -> region.apiManagementUrl();
            case SITE_HOME -> "https://" + URI.create(region.apiManagementUrl()).getHost() + "/";
        };
    }
}
