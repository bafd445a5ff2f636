package com.motstudio.ui.common;

import atlantafx.base.theme.Styles;
import com.motstudio.edit.PendingChange;
import com.motstudio.text.Texts;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

import java.util.List;

/**
 * The one "preview, then apply" panel of every change that comes from outside: CSV imports,
 * merged group files, a room session's results. It shows a {@link PendingChange} — its summary,
 * then each section (added, changed, conflicts with how each is settled, skipped, notes) as a
 * wrapping, scrolling list sized in em so it fits a 1024 × 768 window at the large text size —
 * and nothing changes unless the user presses the apply button, which stays disabled when there
 * is nothing to apply.
 */
public final class ApplyPreview {
    /** Height, in em, all the lists share; each list gets its part. */
    private static final double LIST_BUDGET_EM = 24;

    private ApplyPreview() {}

    /**
     * Shows the preview titled {@code title} with the apply button named {@code okText}; true when
     * the user applied and there is something to apply (the caller then applies it as one undo step).
     */
    public static boolean ask(Dialogs dialogs, Texts texts, String title, String okText, PendingChange change, String idPrefix) {
        return dialogs.ask(title, view(change, idPrefix, texts), okText, new SimpleBooleanProperty(!change.changesAnything()))
                && change.changesAnything();
    }

    /** The panel itself: {@code idPrefix}-summary, then one list per section with the id {@code idPrefix}-{name}. */
    public static Parent view(PendingChange change, String idPrefix, Texts texts) {
        Label summary = new Label(change.summary());
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE); // wraps in full, never cut short
        summary.setId(idPrefix + "-summary");
        VBox box = new VBox(8, summary);
        double eachEm = LIST_BUDGET_EM / Math.max(1, change.sections().size());
        for (PendingChange.Section section : change.sections()) {
            box.getChildren().add(section(section, idPrefix + "-" + section.name(), eachEm, texts));
        }
        box.getStyleClass().addAll("apply-preview", FxDialogs.WIDE_PANEL);
        box.setStyle("-fx-padding: 4;");
        // as wide as 46 characters of the text size in use (a box has no font of its own to measure "em" by)
        summary.fontProperty().subscribe(font -> box.setPrefWidth(46 * font.getSize()));
        return box;
    }

    private static Node section(PendingChange.Section section, String id, double maxEm, Texts texts) {
        Label heading = new Label(section.heading());
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        ListView<PendingChange.Line> list = new ListView<>();
        list.setId(id);
        list.getStyleClass().add("apply-preview-" + section.kind().name().toLowerCase(java.util.Locale.ROOT));
        list.setAccessibleText(section.heading());
        list.setPlaceholder(Placeholder.of(texts.get("common.placeholder.problems")));
        list.getItems().setAll(section.lines());
        heading.setLabelFor(list);
        // the first two lines whole, however they wrap; more up to the list's part of the height, the rest scrolls
        List<PendingChange.Line> lines = section.lines();
        double all = lines.stream().mapToDouble(ApplyPreview::heightEm).sum() + 0.6;
        double firstTwo = lines.stream().limit(2).mapToDouble(ApplyPreview::heightEm).sum() + 0.6;
        list.setStyle("-fx-pref-height: " + Math.min(all, Math.max(maxEm, firstTwo)) + "em; -fx-min-height: " + Math.min(all, firstTwo) + "em;");
        list.setCellFactory(l -> new LineCell(l));
        return new VBox(4, heading, list);
    }

    /**
     * About how tall a line's row is, in em, at the panel's width of 46 em: a Chinese character is
     * as wide as two Latin letters, and a row holds about 80 letters (a detail line, indented, fewer).
     */
    private static double heightEm(PendingChange.Line line) {
        int width = line.text().codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
        double rows = Math.max(1, Math.ceil(width / (line.detail() ? 74.0 : 80.0)));
        return rows * 1.45 + 0.6;
    }

    /** A line that wraps to the list's width; a detail line is indented under the line it belongs to. */
    private static final class LineCell extends ListCell<PendingChange.Line> {
        private final Text text = new Text();

        LineCell(ListView<?> list) {
            text.getStyleClass().add("wrapping-cell-text");
            text.wrappingWidthProperty().bind(list.widthProperty().subtract(40).subtract(
                    javafx.beans.binding.Bindings.createDoubleBinding(() -> isDetail() ? text.getFont().getSize() * 2 : 0, itemProperty())));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setGraphic(text);
        }

        private boolean isDetail() {
            return getItem() != null && getItem().detail();
        }

        @Override
        protected void updateItem(PendingChange.Line item, boolean empty) {
            super.updateItem(item, empty);
            String shown = empty || item == null ? "" : item.text();
            text.setText(shown);
            setAccessibleText(shown);
            pseudoClassStateChanged(DETAIL, !empty && item != null && item.detail());
        }

        private static final javafx.css.PseudoClass DETAIL = javafx.css.PseudoClass.getPseudoClass("detail");
    }
}
