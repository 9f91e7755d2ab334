package dev.keyhaven.guide;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import dev.keyhaven.vault.Purpose;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guides' texts as they are stored in {@code guide-content.json}: templates with placeholders such
 * as {@code {site}}, and variants that replace a step's title, body or link for some purposes,
 * environments or regions. {@link ChecklistFactory} renders them.
 */
record GuideContent(Map<Purpose, String> uses, Map<ChecklistKind, ChecklistTemplate> checklists) {

    static final String RESOURCE = "guide-content.json";

    static GuideContent load() {
        try (InputStream in = GuideContent.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The guide content " + RESOURCE + " is missing from the build");
            }
            return new ObjectMapper().readValue(in, GuideContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The guide content " + RESOURCE + " cannot be read", e);
        }
    }

    record ChecklistTemplate(String title, List<StepTemplate> steps) {
    }

    /**
     * @param when        the step appears only where this holds; null: always
     * @param permissions true when the step shows the permission boxes of {@link PermissionPlan}
     * @param variants    the first variant whose condition holds replaces the fields it sets
     */
    record StepTemplate(
            String id,
            String title,
            String body,
            Link link,
            Verification verification,
            StepAction action,
            boolean permissions,
            Condition when,
            List<Variant> variants) {

        StepTemplate {
            variants = variants == null ? List.of() : variants;
            action = action == null ? StepAction.NONE : action;
        }
    }

    record Variant(Condition when, String title, String body, Link link) {
    }

    /** Each set left out (null) matches everything. */
    record Condition(Set<Purpose> purpose, Set<Environment> environment, Set<Region> region) {

        boolean matches(Purpose p, Environment e, Region r) {
            return (purpose == null || purpose.contains(p))
                    && (environment == null || environment.contains(e))
                    && (region == null || region.contains(r));
        }
    }

    /** Where a step's "Open OKX" button leads, resolved per region. */
    enum Link {
        /** The region's API management page. */
        API_PAGE,
        /** The region's home page, for pages OKX gives no direct address of (demo trading). */
        SITE_HOME
    }
}
