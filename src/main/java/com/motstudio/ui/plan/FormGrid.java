package com.motstudio.ui.plan;

import com.motstudio.text.Texts;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** A two-column form: a label (linked to its control for screen readers and mnemonics) and the control. */
final class FormGrid {
    private final GridPane grid = new GridPane();
    private final Texts texts;
    private int row;

    FormGrid(Texts texts) {
        this.texts = texts;
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(90);
        labels.setMaxWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    /** A row labelled by the text {@code key}; the control is named after it for assistive technology. */
    <T extends Node> T add(String key, T control) {
        Label label = new Label(texts.get(key));
        label.setWrapText(true);
        label.setLabelFor(control);
        if (control instanceof Control c) {
            c.setAccessibleText(texts.get(key));
            c.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane.setValignment(label, VPos.TOP);
        grid.addRow(row++, label, control);
        return control;
    }

    GridPane root() {
        return grid;
    }
}
