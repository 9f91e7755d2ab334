package dev.keyhaven.vault;

import dev.keyhaven.okx.Environment;
import dev.keyhaven.okx.Region;
import java.time.Instant;
import java.util.Set;

/** Everything of a key except its credentials and row times, as stored (encrypted) in one value. */
record KeyMetadata(String label, Purpose purpose, Environment environment, Region region, String baseUrl,
        String notes, int rotationDays, Set<String> checklistDone, Instant archivedAt, Long replacedById) {

    KeyMetadata {
        checklistDone = checklistDone == null ? Set.of() : Set.copyOf(checklistDone);
    }

    static KeyMetadata of(KeyRecord record) {
        return new KeyMetadata(record.label(), record.purpose(), record.environment(), record.region(),
                record.baseUrl(), record.notes(), record.rotationDays(), record.checklistDone(),
                record.archivedAt(), record.replacedById());
    }

    /** The form's fields from {@code edited}; checklist progress and archive state stay. */
    KeyMetadata editedBy(KeyMetadata edited) {
        return new KeyMetadata(edited.label(), edited.purpose(), edited.environment(), edited.region(), edited.baseUrl(),
                edited.notes(), edited.rotationDays(), checklistDone, archivedAt, replacedById);
    }

    KeyMetadata withChecklist(Set<String> done) {
        return new KeyMetadata(label, purpose, environment, region, baseUrl, notes, rotationDays, done, archivedAt,
                replacedById);
    }

    KeyMetadata relabelled(String newLabel) {
        return new KeyMetadata(newLabel, purpose, environment, region, baseUrl, notes, rotationDays, checklistDone,
                archivedAt, replacedById);
    }

    KeyMetadata archived(Instant at, Long replacement) {
        return new KeyMetadata(label, purpose, environment, region, baseUrl, notes, rotationDays, checklistDone, at,
                replacement);
    }

    KeyRecord toRecord(long id, Instant createdAt, Instant updatedAt) {
        return new KeyRecord(id, label, purpose, environment, region, baseUrl, notes, createdAt, updatedAt,
                rotationDays, checklistDone, archivedAt, replacedById);
    }
}
