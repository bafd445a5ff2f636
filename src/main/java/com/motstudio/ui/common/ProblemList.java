package com.motstudio.ui.common;

import atlantafx.base.theme.Styles;
import com.motstudio.store.csv.CsvProblem;
import com.motstudio.text.Texts;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The rows of an import preview that will be skipped (or are worth a look), each with its row,
 * column and reason, wrapped to the dialog's width. The importers list at most 100 and count the
 * rest in one more line (store/csv/CsvProblems), so a broken 20,000-row file stays readable.
 */
public final class ProblemList {
    private ProblemList() {}

    /** A heading and the list; {@code id} is the list's id. */
    public static Node of(String heading, String id, List<CsvProblem> problems, double height, Texts texts) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.setPlaceholder(Placeholder.of(texts.get("common.placeholder.problems")));
        problems.stream().map(p -> p.describe(texts)).forEach(list.getItems()::add);
        list.setPrefHeight(Math.min(height, 28.0 * list.getItems().size() + 10));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        return new VBox(4, title, list);
    }
}
