package com.motstudio.ui.moments;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.WrappedHeader;
import com.motstudio.ui.common.WrappingCell;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;

/**
 * The rating grid: one row per touchpoint, one column per trait. The chosen rater's 1–5 rating is
 * typed straight into a cell (1–5 set it, 0 or Delete clear it) and the next cell is chosen, so a
 * row of six ratings is six keystrokes; each cell also shows the mean of all raters and marks
 * where they disagree.
 */
final class ScoringGrid {
    /** What a cell shows besides the chosen rater's rating: all raters' mean and spread, and the dots. */
    interface Summary {
        /** The mean of all raters, short, shown beside the chosen rater's rating. */
        String text(Touchpoint touchpoint, Trait trait);

        /** Mean, spread and number of raters, for the cell's tooltip. */
        String details(Touchpoint touchpoint, Trait trait);

        boolean disputed(Touchpoint touchpoint, Trait trait);

        int dots(Touchpoint touchpoint);
    }

    /** The column whose cells take the chosen participant's dots. */
    private static final String VOTES = "votes";
    /** Where the traits' columns start: after the name, the score and the dots. */
    static final int FIRST_TRAIT = 3;

    private final MomentsViewModel vm;
    private final TableView<Touchpoint> table = new TableView<>();

    ScoringGrid(MomentsViewModel vm, Texts texts, java.util.function.Supplier<Summary> summary, java.util.function.Function<Touchpoint, String> score) {
        this.vm = vm;
        table.setId("moments-grid");
        table.setPlaceholder(com.motstudio.ui.common.Placeholder.of(texts.get("moments.grid.empty")));
        table.setItems(vm.touchpoints());
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.BORDERED);
        table.setAccessibleText(texts.get("moments.grid"));
        // the name, then the score and the dots, then the six traits: on a small screen or with large
        // text the traits scroll sideways while the score and the dots stay in sight
        TableColumn<Touchpoint, String> name = new TableColumn<>(texts.get("moments.column.touchpoint"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(170);
        name.setSortable(false);
        WrappingCell.on(name);
        table.getColumns().add(name);
        TableColumn<Touchpoint, String> total = new TableColumn<>(texts.get("moments.column.score"));
        total.setCellValueFactory(c -> new ReadOnlyStringWrapper(score.apply(c.getValue())));
        total.setPrefWidth(64);
        total.setSortable(false);
        table.getColumns().add(total);
        TableColumn<Touchpoint, String> dots = new TableColumn<>(texts.get("moments.column.dots"));
        dots.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.format("moments.cell.dots", vm.votes(c.getValue().id()),
                summary.get().dots(c.getValue()))));
        dots.setPrefWidth(80);
        dots.setSortable(false);
        dots.setUserData(VOTES);
        table.getColumns().add(dots);
        for (Trait trait : Trait.values()) {
            TableColumn<Touchpoint, Touchpoint> column = new TableColumn<>(texts.of(trait));
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> new RatingCell(trait, summary, texts));
            column.setPrefWidth(80);
            column.setSortable(false);
            column.setUserData(trait);
            table.getColumns().add(column);
        }
        table.getColumns().forEach(WrappedHeader::on);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        vm.raterIdProperty().subscribe(table::refresh);
    }

    Node root() {
        return table;
    }

    /** Shows the figures again (the page calls this once it has computed them for a change). */
    void refresh() {
        table.refresh();
    }

    void focus() {
        table.requestFocus();
        if (table.getSelectionModel().getSelectedCells().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0, table.getColumns().get(FIRST_TRAIT));
        }
    }

    private void keys(KeyEvent e) {
        List<TablePosition> cells = table.getSelectionModel().getSelectedCells();
        if (cells.isEmpty() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        TablePosition<?, ?> at = cells.getFirst();
        if (at.getTableColumn() == null) {
            return;
        }
        Touchpoint tp = table.getItems().get(at.getRow());
        if (VOTES.equals(at.getTableColumn().getUserData())) {
            votesKey(e, tp);
            return;
        }
        if (!(at.getTableColumn().getUserData() instanceof Trait trait)) {
            return;
        }
        Integer value = ratingKey(e.getCode());
        if (value == null && e.getCode() != KeyCode.DIGIT0 && e.getCode() != KeyCode.NUMPAD0
                && e.getCode() != KeyCode.DELETE && e.getCode() != KeyCode.BACK_SPACE) {
            return;
        }
        vm.rate(tp.id(), trait, value);
        advance(at);
        e.consume();
    }

    /** In the dots column: + and − add or take one of the chosen participant's dots, a digit sets them. */
    private void votesKey(KeyEvent e, Touchpoint tp) {
        int now = vm.votes(tp.id());
        Integer digit = switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> now + 1;
            case MINUS, SUBTRACT -> now - 1;
            case DIGIT0, NUMPAD0, DELETE, BACK_SPACE -> 0;
            default -> ratingKey(e.getCode());
        };
        if (digit != null) {
            vm.vote(tp.id(), Math.max(0, digit));
            table.refresh();
            e.consume();
        }
    }

    /** To the next trait; after the last trait, to the first trait of the next touchpoint. */
    private void advance(TablePosition<?, ?> at) {
        int column = table.getColumns().indexOf(at.getTableColumn());
        int lastTrait = FIRST_TRAIT + Trait.values().length - 1;
        int row = at.getRow();
        if (column < lastTrait) {
            column++;
        } else if (row + 1 < table.getItems().size()) {
            row++;
            column = FIRST_TRAIT;
        }
        table.getSelectionModel().clearAndSelect(row, table.getColumns().get(column));
        table.scrollTo(Math.max(0, row - 3));
    }

    private static Integer ratingKey(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> null;
        };
    }

    /** The chosen rater's rating, large, with every rater's mean beside it. */
    private final class RatingCell extends TableCell<Touchpoint, Touchpoint> {
        private final Trait trait;
        private final java.util.function.Supplier<Summary> summary;

        private final Texts texts;

        RatingCell(Trait trait, java.util.function.Supplier<Summary> summary, Texts texts) {
            this.texts = texts;
            this.trait = trait;
            this.summary = summary;
        }

        @Override
        protected void updateItem(Touchpoint tp, boolean empty) {
            super.updateItem(tp, empty);
            getStyleClass().remove("rating-disputed");
            if (empty || tp == null) {
                setText(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            String mine = vm.rating(tp.id(), trait).map(String::valueOf).orElse("·");
            String all = summary.get().text(tp, trait);
            setText(all.isEmpty() ? mine : mine + " " + all);
            // read aloud as words, not as "dot (2.0)"
            setAccessibleText(texts.format("moments.cell.spoken", tp.name(), texts.of(trait),
                    vm.rating(tp.id(), trait).map(String::valueOf).orElse(texts.get("moments.cell.spoken.none")), all));
            if (summary.get().disputed(tp, trait)) {
                getStyleClass().add("rating-disputed");
            }
            String details = summary.get().details(tp, trait);
            setTooltip(details.isEmpty() ? null : new Tooltip(details));
        }
    }
}
