package com.motstudio.ui.common;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Workshop;

import java.util.function.UnaryOperator;

/**
 * A page's link to the open document. While the page shows the document's own values
 * (after an edit, undo or redo) the controls change programmatically; edits arriving then are
 * echoes of that refresh, not the user's, so they are ignored instead of becoming undo steps.
 */
public final class PageEdits {
    private final WorkshopDocument document;
    private final java.util.List<Runnable> followers = new java.util.ArrayList<>();
    private boolean refreshing;

    public PageEdits(WorkshopDocument document) {
        this.document = document;
    }

    public Workshop current() {
        return document.current();
    }

    /** One undo step named by the text key {@code label}; an edit that changes nothing records nothing. */
    public void apply(String label, UnaryOperator<Workshop> change) {
        if (!refreshing) {
            document.apply(label, change);
        }
    }

    /** Runs {@code refresh} now and after every change of the document. */
    public void follow(Runnable refresh) {
        Runnable guarded = () -> {
            refreshing = true;
            try {
                refresh.run();
            } finally {
                refreshing = false;
            }
        };
        document.addListener(guarded);
        followers.add(guarded);
        guarded.run();
    }

    /** Stops following the document (the page is being replaced). */
    public void stop() {
        followers.forEach(document::removeListener);
        followers.clear();
    }
}
