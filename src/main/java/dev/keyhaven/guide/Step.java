package dev.keyhaven.guide;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a checklist, rendered for a purpose, environment and region.
 *
 * @param id               stable: stored in the vault as checklist progress; never rename one
 * @param url              the page the step's "Open OKX" button opens, or null
 * @param verification     what lets Keyhaven tick the step by itself, or null for a manual step
 * @param permissionAdvice the permission boxes to show with the step; empty for most steps
 */
public record Step(
        String id,
        String title,
        String body,
        String url,
        Verification verification,
        StepAction action,
        List<PermissionAdvice> permissionAdvice) {

    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(action, "action");
        permissionAdvice = permissionAdvice == null ? List.of() : List.copyOf(permissionAdvice);
    }

    public Optional<String> link() {
        return Optional.ofNullable(url);
    }

    public Optional<Verification> verifiedBy() {
        return Optional.ofNullable(verification);
    }

    public boolean isManual() {
        return verification == null;
    }
}
