package com.motstudio.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.function.Consumer;

/**
 * Commits a text field the way a form should: once, when the user presses Enter or leaves the
 * field — not on every key — so one edit is one undo step. Undo and redo pressed inside the field
 * commit what was typed and then act on the workshop, so Ctrl+Z always means "undo my last edit"
 * rather than the field's private keystroke history.
 */
public final class Commit {
    private static final List<KeyCombination> HISTORY_KEYS = List.of(
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));

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
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (KeyCombination keys : HISTORY_KEYS) {
                Scene scene = field.getScene();
                if (keys.match(e) && scene != null) {
                    Runnable action = scene.getAccelerators().entrySet().stream()
                            .filter(a -> a.getKey().match(e)).map(java.util.Map.Entry::getValue).findFirst().orElse(null);
                    if (action != null) {
                        e.consume();
                        commit.accept(field.getText());
                        action.run();
                    }
                    return;
                }
            }
        });
    }
}
