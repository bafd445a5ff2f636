package com.motstudio.testing;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

import java.util.List;

/** The name a screen reader announces for a control, found the way JavaFX's accessibility finds it. */
final class AccessibleName {
    private AccessibleName() {}

    /** A tab pane's tabs name themselves; an editor inside a spinner or combo box is named by its owner. */
    static boolean needsOne(Control control) {
        if (control instanceof TabPane) {
            return false;
        }
        for (Node n = control.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Spinner<?> || n instanceof ComboBoxBase<?>) {
                return false;
            }
        }
        return true;
    }

    static String of(Control control, List<Label> labels) {
        if (control.getAccessibleText() != null && !control.getAccessibleText().isBlank()) {
            return control.getAccessibleText();
        }
        if (control instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return l.getText();
        }
        for (Label label : labels) {
            if (label.getLabelFor() == control && label.getText() != null && !label.getText().isBlank()) {
                return label.getText();
            }
        }
        String prompt = switch (control) {
            case TextInputControl t -> t.getPromptText();
            case ComboBoxBase<?> c -> c.getPromptText();
            default -> null;
        };
        return prompt == null ? "" : prompt;
    }
}
