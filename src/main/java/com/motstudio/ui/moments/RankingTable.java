package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.motstudio.method.RankedTouchpoint;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Texts;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The touchpoints ranked by moment-of-truth score (the method's order: unscored ones last, ties in
 * journey order), each with its breakdown, the evidence beside it and the team's decision; the
 * top N undecided ones are marked as suggestions.
 */
final class RankingTable {
    /** One ranked touchpoint as shown. */
    record Row(String rank, Touchpoint touchpoint, String scoreText, String breakdown, String evidence,
               String decision, boolean suggested) {}

    private final TableView<Row> table = new TableView<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    RankingTable(Texts texts) {
        table.setId("moments-ranking");
        table.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("moments.ranking.empty")));
        table.setItems(rows);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setAccessibleText(texts.get("moments.ranking"));
        table.getColumns().add(column(texts.get("moments.column.rank"), Row::rank, 56));
        // the evidence and how the score is made are read whole: they wrap, the row grows; the
        // evidence comes right after the score, so it is in sight without scrolling sideways
        TableColumn<Row, String> name = column(texts.get("moments.column.touchpoint"), r -> r.touchpoint().name(), 160);
        TableColumn<Row, String> evidence = column(texts.get("moments.column.evidence"), Row::evidence, 240);
        TableColumn<Row, String> breakdown = column(texts.get("moments.column.breakdown"), Row::breakdown, 260);
        for (TableColumn<Row, String> wrapped : List.of(name, evidence, breakdown)) {
            com.motstudio.ui.common.WrappingCell.on(wrapped);
        }
        table.getColumns().add(name);
        table.getColumns().add(column(texts.get("moments.column.score"), Row::scoreText, 60));
        table.getColumns().add(evidence);
        table.getColumns().add(column(texts.get("moments.column.decision"), Row::decision, 110));
        table.getColumns().add(breakdown);
        table.getColumns().forEach(com.motstudio.ui.common.WrappedHeader::on);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("suggested"), !empty && row != null && row.suggested());
            }
        });
    }

    Node root() {
        return table;
    }

    TableView<Row> table() {
        return table;
    }

    /**
     * Shows the ranking of {@code scores}; {@code decision} describes the team's decision on one
     * touchpoint, and the first {@code top} scored, undecided ones are marked as suggestions.
     */
    void show(Workshop w, Scores scores, Texts texts, Function<Touchpoint, String> decision, Function<Touchpoint, Boolean> decided, int top) {
        Map<String, Touchpoint> byId = w.journey().touchpoints().stream().collect(Collectors.toMap(Touchpoint::id, t -> t, (a, b) -> a));
        String selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().touchpoint().id();
        int suggestions = 0;
        List<Row> next = new ArrayList<>();
        for (RankedTouchpoint ranked : scores.analysis().ranking()) {
            Touchpoint t = byId.get(ranked.touchpointId());
            Double score = ranked.score().score();
            boolean open = score != null && !decided.apply(t);
            next.add(new Row(ranked.rank() == null ? "" : String.valueOf(ranked.rank()), t, scores.scoreText(t.id()),
                    scores.breakdown(t.id()), EvidenceText.of(ranked.evidence(), w, texts), decision.apply(t), open && suggestions < top));
            if (open) {
                suggestions++;
            }
        }
        rows.setAll(next);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).touchpoint().id().equals(selected)) {
                table.getSelectionModel().select(i);
            }
        }
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return column;
    }
}
