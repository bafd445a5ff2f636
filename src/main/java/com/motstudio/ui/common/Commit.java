package com.motstudio.ui.common;

import javafx.scene.control.TextInputControl;

import java.util.function.Consumer;

/**
 * Commits a text field the way a form should: once, when the user presses Enter or leaves the
 * field — not on every key — so one edit is one undo step.
 */
public final class Commit {
    private Commit() {}

    public static void onEnterOrLeave(TextInputControl field, Consumer<String> commit) {
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.accept(field.getText());
            }
        });
        if (field instanceof javafx.scene.control.TextField text) {
            text.setOnAction(e -> commit.accept(field.getText()));
        }
    }
}
