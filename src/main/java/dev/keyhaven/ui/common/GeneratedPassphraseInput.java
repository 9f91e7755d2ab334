package dev.keyhaven.ui.common;

import dev.keyhaven.secret.Secret;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A page that makes a passphrase for a key not saved yet (the new key's guide, the rotation). The trader
 * may already have typed it into OKX's form, so it counts as unsaved work like what was typed: leaving asks
 * first, each new passphrase fills the key's Passphrase field (nobody retypes it), and a lock keeps it as a
 * {@link PageDraft} that opens the page again after unlock. The passphrase stays in its
 * {@link GeneratedPassphrase}; this only borrows copies and closes them at once.
 */
public final class GeneratedPassphraseInput implements UnsavedInput, KeepsOverLock {

    private final GeneratedPassphrase source;
    private final UnsavedInput typed;
    private final Function<Secret, PageDraft> drafts;
    private Consumer<Secret> fill = passphrase -> { };
    private boolean saved;

    /**
     * @param typed    the page's own fields (what leaving would lose besides the passphrase)
     * @param reopener at lock time, how to open this page again with a passphrase (it may capture the page's
     *                 choices, not the vault's values)
     */
    public GeneratedPassphraseInput(GeneratedPassphrase source, UnsavedInput typed,
            Supplier<Consumer<Secret>> reopener) {
        this(source, typed, passphrase -> {
            if (passphrase == null) {
                return null;
            }
            Consumer<Secret> reopen = reopener.get();
            return new PageDraft(() -> reopen.accept(passphrase), passphrase::close, true);
        });
    }

    /**
     * @param typed  the page's own fields (what leaving would lose besides the passphrase)
     * @param drafts at lock time, the page's draft with the generated passphrase it is given (null when none was
     *               generated; the draft owns it), or null when nothing is worth keeping (it then closes it)
     */
    public GeneratedPassphraseInput(GeneratedPassphrase source, UnsavedInput typed,
            Function<Secret, PageDraft> drafts) {
        this.source = source;
        this.typed = typed;
        this.drafts = drafts;
        source.passphraseGenerationProperty().addListener((observable, was, now) -> fillNow());
    }

    /** The passphrase there is, and each one generated from now on, goes into {@code target}. */
    public void fillInto(Consumer<Secret> target) {
        fill = target;
        fillNow();
    }

    /** The key is in the vault with its values: nothing on the page is left to lose or keep. */
    public void saved() {
        saved = true;
    }

    private boolean generated() {
        return source.passphraseReadyProperty().get();
    }

    private void fillNow() {
        if (generated()) {
            try (Secret passphrase = source.passphraseCopy()) {
                fill.accept(passphrase);
            }
        }
    }

    @Override
    public boolean hasUnsavedChanges() {
        return !saved && (generated() || typed.hasUnsavedChanges());
    }

    @Override
    public String subject() {
        return generated() ? typed.subject() + ", with the passphrase you generated," : typed.subject();
    }

    @Override
    public String howToKeep() {
        return generated() ? typed.howToKeep() + ": if you typed the generated passphrase into OKX, only it works"
                + " there" : typed.howToKeep();
    }

    /** Before a lock: the generated passphrase, unsaved, with the page's draft that reopens it; null for none. */
    @Override
    public PageDraft keepOverLock() {
        if (saved) {
            return null;
        }
        return drafts.apply(generated() ? source.passphraseCopy() : null);
    }
}
