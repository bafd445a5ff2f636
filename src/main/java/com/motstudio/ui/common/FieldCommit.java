package com.motstudio.ui.common;

import javafx.scene.TraversalDirection;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How the text fields of a page commit: as every form in the app does ({@link Commit}: on
 * Enter, on leaving the field, and before Ctrl+Z acts on the workshop), and in addition Escape
 * puts the stored value back, and in the notes Tab moves on while Ctrl+Enter commits.
 */
public final class FieldCommit {
    private FieldCommit() {}

    /** After each commit the field shows the stored value (e.g. without the spaces that were trimmed). */
    public static void on(TextInputControl field, Supplier<String> stored, Consumer<String> commit) {
        onChecked(field, stored, text -> {
            commit.accept(text);
            return true;
        });
    }

    /**
     * Like {@link #on}, for fields whose text may be refused: {@code commit} answers whether it was
     * stored. Refused text stays in the field so the user can see and correct it.
     */
    public static void onChecked(TextInputControl field, Supplier<String> stored, Predicate<String> commit) {
        Consumer<String> run = text -> {
            if (commit.test(text) && !field.getText().equals(stored.get())) {
                field.setText(stored.get());
            }
        };
        Commit.onEnterOrLeave(field, run);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().equals(stored.get())) {
                field.setText(stored.get());
                e.consume();
            } else if (field instanceof TextArea && e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                run.accept(field.getText());
                e.consume();
            } else if (field instanceof TextArea && e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
                // In a form Tab should move on, as in every other field, not type a tab character.
                field.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
                e.consume();
            }
        });
    }
}
