package com.motstudio.ui.common;

import atlantafx.base.theme.Styles;
import com.motstudio.store.csv.CsvProblem;
import com.motstudio.text.Texts;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
        list.setAccessibleText(heading);
        list.setPlaceholder(Placeholder.of(texts.get("common.placeholder.problems")));
        problems.stream().map(p -> p.describe(texts)).forEach(list.getItems()::add);
        // room for two wrapped problems at least, whatever the text size; more scroll up to the height asked for
        int shown = Math.max(2, list.getItems().size());
        list.setStyle("-fx-pref-height: " + Math.min(height / 13.0, 4.6 * shown + 0.6) + "em; -fx-min-height: 9.8em;");
        list.setCellFactory(l -> new WrappingListCell<>(l) {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                show(empty ? null : item);
            }
        });
        return new VBox(4, title, list);
    }
}
