package dev.keyhaven.ui;

import dev.keyhaven.ui.common.KeepsOverLock;
import dev.keyhaven.ui.common.PageDraft;
import dev.keyhaven.ui.common.UnsavedInput;
import dev.keyhaven.ui.form.CredentialsFormView;
import dev.keyhaven.ui.form.FormDraft;
import java.util.function.Consumer;

/**
 * The form of a new key as unsaved work: leaving asks first, and a lock keeps what is not secret (see
 * {@link FormDraft}) and opens the form again with it after unlock.
 */
final class KeptForm implements UnsavedInput, KeepsOverLock {

    private final CredentialsFormView form;
    private final Consumer<FormDraft> reopen;

    KeptForm(CredentialsFormView form, Consumer<FormDraft> reopen) {
        this.form = form;
        this.reopen = reopen;
    }

    @Override
    public boolean hasUnsavedChanges() {
        return form.hasUnsavedChanges();
    }

    @Override
    public String subject() {
        return form.subject();
    }

    @Override
    public String howToKeep() {
        return form.howToKeep();
    }

    @Override
    public PageDraft keepOverLock() {
        if (!form.hasUnsavedChanges()) {
            return null;
        }
        FormDraft kept = form.keepOverLock();
        return new PageDraft(() -> reopen.accept(kept), kept::close, false);
    }
}
