package com.motstudio.ui.present;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Workshop;
import com.motstudio.report.chart.TrendChart;
import com.motstudio.report.map.MapLayout;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ChartCanvas;
import com.motstudio.ui.monitor.RoundCharts;
import com.motstudio.ui.plan.MatrixView;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Presentation mode's content, made for a room: the slide's title and where it is, the slide as
 * large as the screen allows, a row of buttons and a line naming the keys. No menus, navigation,
 * guidance or status bar. The top-right corner holds an optional node given by the caller (the
 * activity timer's large countdown), see {@link #setCorner}. A black cover hides everything while
 * the view model says the screen is blacked out.
 */
public final class PresentationView {
    /** The normal window's type size, at which a page's controls are laid out before they are magnified. */
    private static final double PAGE_TYPE = 13;

    private final PresentationViewModel vm;
    private final Texts texts;
    private final double typeSize;
    private final Runnable leave;
    private final StackPane root = new StackPane();
    private final BorderPane content = new BorderPane();
    private final Label title = new Label();
    private final Label position = new Label();
    private final StackPane slide = new StackPane();
    private final StackPane corner = new StackPane();
    private final Map<Slide, Button> slideButtons = new EnumMap<>(Slide.class);
    private final MapLayout mapLayout = new MapLayout();
    private final SlideCharts charts;
    private final Subscription subscription;
    private MatrixView matrix;
    private WorkshopDocument matrixDocument;
    private Zoomed matrixZoomed;

    /**
     * @param typeSize   the body text's size in pixels (see {@link #typeSizeFor}); titles and charts follow it
     * @param fontFamily the family the whole app is written in
     * @param leave      what Esc and the Leave button do: close presentation mode
     */
    public PresentationView(PresentationViewModel vm, Texts texts, double typeSize, String fontFamily, Runnable leave) {
        this.vm = vm;
        this.texts = texts;
        this.typeSize = typeSize;
        this.leave = leave;
        this.charts = new SlideCharts(texts, (float) (typeSize * 0.9));
        root.setId("presentation");
        root.getStyleClass().add("presentation");
        // the app's own rules (the matrix's cells) first, then the room's
        root.getStylesheets().addAll(PresentationView.class.getResource("/com/motstudio/ui/app.css").toExternalForm(),
                PresentationView.class.getResource("present.css").toExternalForm());
        root.setStyle(String.format(Locale.ROOT, "-fx-font-family: \"%s\"; -fx-font-size: %.1fpx;", fontFamily, typeSize));
        content.setTop(heading());
        slide.setId("present-slide");
        slide.setPadding(new Insets(0, typeSize, typeSize * 0.5, typeSize));
        content.setCenter(slide);
        content.setBottom(controls());
        root.getChildren().addAll(content, blackCover());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        subscription = Subscription.combine(vm.workshopProperty().subscribe(w -> redraw()),
                vm.slideProperty().subscribe(s -> redraw()), vm.stepProperty().subscribe(s -> redraw()));
    }

    /** A body text size readable from the back of a room on a screen of this height: 2.5 % of it, at least 18 px. */
    public static double typeSizeFor(double screenHeight) {
        return Math.max(18, Math.round(screenHeight / 40));
    }

    public Parent root() {
        return root;
    }

    /**
     * Puts a node (or nothing, for null) in the top-right corner, beside the slide's title: the
     * activity timer's countdown. It inherits the slides' large type (use em sizes to grow it
     * further). A node has one parent, so give one made for the slides, not the one the main
     * window shows; it is taken out again when presentation mode closes, to be given to the next.
     */
    public void setCorner(Node node) {
        if (node == null) {
            corner.getChildren().clear();
        } else {
            corner.getChildren().setAll(node);
        }
    }

    /** Stops following the workshop. */
    public void dispose() {
        subscription.unsubscribe();
        corner.getChildren().clear();
        dropMatrix();
    }

    /** Covers the slides while the screen is blacked out; the keys still reach the root. */
    private Region blackCover() {
        Region black = new Region();
        black.setId("present-black");
        black.getStyleClass().add("present-black");
        black.visibleProperty().bind(vm.blackedOutProperty());
        black.setAccessibleText(texts.get("present.black"));
        black.setPickOnBounds(true); // a click on the black screen does not reach the buttons under it
        return black;
    }

    private Parent heading() {
        title.setId("present-title");
        title.getStyleClass().add("present-title");
        title.setWrapText(true);
        position.setId("present-position");
        position.getStyleClass().add("present-position");
        position.setWrapText(true);
        VBox words = new VBox(typeSize * 0.2, title, position);
        HBox.setHgrow(words, Priority.ALWAYS);
        corner.setId("present-corner");
        corner.setAlignment(Pos.TOP_RIGHT);
        corner.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(typeSize, words, corner);
        top.setPadding(new Insets(typeSize * 0.8, typeSize, typeSize * 0.6, typeSize));
        return top;
    }

    private Parent controls() {
        // a row that wraps on a narrow screen rather than pushing the slide wider than the screen
        FlowPane buttons = new FlowPane(typeSize * 0.4, typeSize * 0.3);
        buttons.setAlignment(Pos.CENTER);
        for (Slide s : Slide.values()) {
            Button button = button("present-show-" + s.key(), (s.ordinal() + 1) + "  " + texts.get("present.slide." + s.key()),
                    () -> vm.show(s));
            slideButtons.put(s, button);
            buttons.getChildren().add(button);
        }
        Region gap = new Region();
        gap.setMinWidth(typeSize * 0.3);
        buttons.getChildren().addAll(gap, button("present-previous", texts.get("present.button.previous"), vm::previous),
                button("present-next", texts.get("present.button.next"), vm::next),
                button("present-leave", texts.get("present.button.leave"), leave));
        Label keys = new Label(texts.get("present.keys"));
        keys.setId("present-keys");
        keys.getStyleClass().add("present-keys");
        keys.setWrapText(true);
        VBox box = new VBox(typeSize * 0.3, buttons, keys);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(typeSize * 0.5, typeSize, typeSize * 0.5, typeSize));
        return box;
    }

    private Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("present-button");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void key(KeyEvent e) {
        if (ClickerKeys.apply(e, vm)) {
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case RIGHT -> vm.next();
            case LEFT -> vm.previous();
            case HOME, O -> vm.overview();
            case ESCAPE -> leave.run();
            default -> {
                int number = e.getCode().isDigitKey() ? e.getCode().getCode() - '1' : -1;
                if (e.getCode().isKeypadKey() && e.getCode().isDigitKey()) {
                    number = e.getCode().getCode() - javafx.scene.input.KeyCode.NUMPAD1.getCode();
                }
                if (number < 0 || number >= Slide.values().length) {
                    return;
                }
                vm.show(Slide.values()[number]);
            }
        }
        e.consume();
    }

    private void redraw() {
        Slide shown = vm.slide();
        title.setText(texts.get("present.slide." + shown.key()));
        position.setText(vm.position());
        slideButtons.forEach((s, b) -> b.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), s == shown));
        Workshop w = vm.workshop();
        if (shown != Slide.MATRIX || vm.document() != matrixDocument) {
            dropMatrix();
        }
        String summary = vm.summary();
        if (vm.emptyText().isPresent()) {
            Label empty = new Label(vm.emptyText().get());
            empty.setId("present-empty");
            empty.getStyleClass().add("present-empty");
            empty.setWrapText(true);
            slide.getChildren().setAll(empty);
            return;
        }
        Node picture = switch (shown) {
            case MAP -> map(w);
            case CURVES -> canvas(charts.curves(w));
            case RANKING -> canvas(SlideCharts.filling(charts.ranking(w, vm.analysis())));
            case MATRIX -> matrix();
            case ROUNDS -> rounds(w);
            case KPIS -> kpis();
        };
        picture.setAccessibleText(summary);
        if (!slide.getChildren().equals(java.util.List.of(picture))) { // the matrix stays in place: a card dragged keeps its focus
            slide.getChildren().setAll(picture);
        }
    }

    private Node map(Workshop w) {
        MapSlide painter = new MapSlide(charts.map(mapLayout, w), vm.stageIndex().orElse(-1));
        ChartCanvas canvas = canvas(painter);
        canvas.setOnMouseClicked(e -> {
            int stage = painter.stageAt(e.getX(), e.getY(), canvas.getWidth(), canvas.getHeight());
            if (stage >= 0) {
                vm.zoomTo(stage);
            }
        });
        return canvas;
    }

    /** The chart of scores and compliance above a table of the other totals (KPIs, feedback, bad reviews). */
    private Node rounds(Workshop w) {
        VBox box = new VBox(typeSize * 0.8);
        charts.rounds(w).ifPresent(chart -> {
            ChartCanvas canvas = canvas(SlideCharts.filling(chart));
            // as tall as the magnified chart needs, so the totals follow right under it
            canvas.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> SlideCharts.MAX_GROWTH
                    * chart.preferredHeight(Math.max(600, canvas.getWidth()) / SlideCharts.MAX_GROWTH), canvas.widthProperty()));
            box.getChildren().add(canvas);
        });
        GridPane table = new GridPane(typeSize * 1.2, typeSize * 0.3);
        table.setId("present-round-totals");
        table.setPadding(new Insets(0, 0, 0, typeSize));
        int row = 0;
        for (RoundCharts.Figure f : RoundCharts.totals(w, texts)) {
            Label verdict = new Label(texts.get("monitor.verdict." + f.verdict().name()));
            verdict.getStyleClass().add("present-verdict-" + f.verdict().name().toLowerCase(Locale.ROOT));
            table.addRow(row++, new Label(f.figure()), new Label(texts.format("present.rounds.fromTo", f.before(), f.after())),
                    new Label(f.change()), verdict);
        }
        table.getChildren().forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
        if (row > 0) {
            box.getChildren().add(table);
        }
        return box;
    }

    private Node kpis() {
        HBox row = new HBox(typeSize);
        for (TrendChart chart : charts.kpis(vm.kpiPage())) {
            ChartCanvas canvas = canvas(chart::paint);
            HBox.setHgrow(canvas, Priority.ALWAYS);
            canvas.setMaxWidth(Double.MAX_VALUE);
            row.getChildren().add(canvas);
        }
        return row;
    }

    private Node matrix() {
        if (matrix == null) {
            matrixDocument = vm.document();
            matrix = new MatrixView(matrixDocument, texts, LocalDate::now);
            matrix.root().setStyle("-fx-font-size: " + PAGE_TYPE + "px;");
            matrixZoomed = new Zoomed(matrix.root(), Math.max(1, typeSize * 0.85 / PAGE_TYPE));
        }
        return matrixZoomed;
    }

    private void dropMatrix() {
        if (matrix != null) {
            matrix.dispose();
            matrix = null;
            matrixZoomed = null;
            matrixDocument = null;
        }
    }

    private ChartCanvas canvas(ChartCanvas.Painter painter) {
        ChartCanvas canvas = new ChartCanvas(800, 500);
        canvas.setId("present-chart");
        canvas.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        canvas.show(painter);
        return canvas;
    }
}
