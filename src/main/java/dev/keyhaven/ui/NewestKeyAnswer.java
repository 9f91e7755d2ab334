package dev.keyhaven.ui;

import dev.keyhaven.keys.HistoryVersion;
import dev.keyhaven.keys.KeyVerdict;
import dev.keyhaven.ui.keylist.KeyListItem;
import dev.keyhaven.ui.status.StatusReport;
import java.util.function.Consumer;

/**
 * What the shown key's page draws outside its Status tab (the header's mark, the More menu): the newest known
 * answer about the key, from the key list's item or the page's own status report, whichever read more of the
 * key's history. After a check on the page the report is newer while the list is still being read again; a
 * report read before a check the list already shows is older. Of two reads of the same history the later
 * one counts (a ticked guide step changes the verdict, not the history). Used on the JavaFX thread only.
 */
final class NewestKeyAnswer {

    private final Consumer<KeyVerdict> onVerdict;
    private KeyVerdict verdict;
    private boolean unknownOnOkx;
    private HistoryVersion version = HistoryVersion.NONE;

    /** @param onVerdict told each time the verdict taken differs from the one before (the header's mark) */
    NewestKeyAnswer(KeyListItem item, Consumer<KeyVerdict> onVerdict) {
        this.onVerdict = onVerdict;
        take(item);
    }

    /** The list read the key again. */
    void take(KeyListItem item) {
        take(item.status(), item.unknownOnOkx(), item.version());
    }

    /** The page's Status tab read or checked the key. */
    void take(StatusReport report) {
        if (report != null) {
            take(report.verdict(), report.unknownOnOkx(), report.version());
        }
    }

    private void take(KeyVerdict newVerdict, boolean newUnknownOnOkx, HistoryVersion newVersion) {
        if (newVersion.olderThan(version)) {
            return;
        }
        version = newVersion;
        unknownOnOkx = newUnknownOnOkx;
        if (newVerdict != verdict) {
            verdict = newVerdict;
            onVerdict.accept(newVerdict);
        }
    }

    KeyVerdict verdict() {
        return verdict;
    }

    /** True when OKX's newest known answer was that it does not know the key: More offers to archive it. */
    boolean unknownOnOkx() {
        return unknownOnOkx;
    }
}
