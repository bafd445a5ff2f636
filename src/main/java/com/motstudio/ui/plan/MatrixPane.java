package com.motstudio.ui.plan;

import com.motstudio.method.plan.Quadrant;
import com.motstudio.model.ImprovementAction;
import com.motstudio.text.Texts;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The impact–effort matrix: effort 1–5 left to right, impact 1–5 bottom to top, the four
 * quadrants named. Each action is a card in its cell; dragging a card to another cell, or the
 * arrow keys on a focused card, change its ratings. Actions not rated yet wait in the tray on the
 * left until they are dragged in. Enter on a card opens it on the Actions tab.
 */
final class MatrixPane extends Region {
    private static final double TRAY = 150;
    private static final double AXIS = 28;
    private static final double CARD_HEIGHT = 22;

    private final PlanViewModel vm;
    private final Texts texts;
    private final Consumer<String> open;
    private final List<Label> cards = new ArrayList<>();
    private final Map<Quadrant, Label> quadrantNames = new HashMap<>();
    private final Rectangle[][] cells = new Rectangle[5][5];
    private final Line vertical = new Line();
    private final Line horizontal = new Line();
    private final List<Node> grid = new ArrayList<>();
    private final Label trayTitle;
    private final Label effortAxis;
    private final Label impactAxis;
    private String focusAfter;
    /** The card under the mouse while it is dragged: layout leaves it where the mouse puts it. */
    private Label dragging;

    MatrixPane(PlanViewModel vm, Texts texts, Consumer<String> open) {
        this.vm = vm;
        this.texts = texts;
        this.open = open;
        setId("plan-matrix");
        getStyleClass().add("plan-matrix");
        for (Quadrant q : Quadrant.values()) {
            Label name = new Label(texts.get("plan.quadrant." + q.name()));
            name.getStyleClass().addAll("plan-quadrant-name", "plan-quadrant-" + q.name().toLowerCase(java.util.Locale.ROOT));
            quadrantNames.put(q, name);
        }
        trayTitle = new Label(texts.get("plan.matrix.unrated"));
        trayTitle.getStyleClass().add("plan-quadrant-name");
        effortAxis = new Label(texts.get("plan.matrix.effort"));
        impactAxis = new Label(texts.get("plan.matrix.impact"));
        impactAxis.setRotate(-90);
        for (int effort = 1; effort <= 5; effort++) {
            for (int impact = 1; impact <= 5; impact++) {
                Rectangle cell = new Rectangle();
                cell.getStyleClass().addAll("plan-cell", "plan-cell-" + Quadrant.of(effort, impact).name().toLowerCase(java.util.Locale.ROOT));
                cell.setMouseTransparent(true);
                cells[effort - 1][impact - 1] = cell;
                grid.add(cell);
            }
        }
        vertical.getStyleClass().add("plan-split");
        horizontal.getStyleClass().add("plan-split");
        grid.add(vertical);
        grid.add(horizontal);
        setMinSize(500, 360);
    }

    /**
     * Brings the cards up to date with the plan (dropped actions are left out). A card is kept
     * for as long as its action exists, so a change arriving during a drag does not end it.
     */
    void refresh() {
        Map<String, Label> old = new HashMap<>();
        cards.forEach(c -> old.put(((ImprovementAction) c.getUserData()).id(), c));
        cards.clear();
        for (ImprovementAction a : vm.plan().actions()) {
            if (a.status() == com.motstudio.model.ActionStatus.DROPPED) {
                continue;
            }
            Label card = old.containsKey(a.id()) ? old.get(a.id()) : card(a.id());
            card.setUserData(a);
            card.setText(a.title().isEmpty() ? texts.get("plan.action.untitled") : a.title());
            card.getTooltip().setText(card.getText());
            card.setAccessibleText(texts.format("plan.matrix.card", card.getText(), rating(a.effort()), rating(a.impact())));
            cards.add(card);
        }
        List<Node> children = new ArrayList<>(grid);
        children.addAll(quadrantNames.values());
        children.addAll(List.of(trayTitle, effortAxis, impactAxis));
        children.addAll(cards);
        if (!getChildren().equals(children)) {
            getChildren().setAll(children);
        }
        requestLayout();
        if (focusAfter != null) {
            cards.stream().filter(c -> c.getId().equals("plan-card-" + focusAfter)).findFirst().ifPresent(Node::requestFocus);
            focusAfter = null;
        }
    }

    private Label card(String actionId) {
        Label card = new Label();
        card.setId("plan-card-" + actionId);
        card.getStyleClass().add("plan-card");
        card.setFocusTraversable(true);
        // read as a button named by its action, effort and impact; the help says how to move it
        card.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        card.setAccessibleHelp(texts.get("plan.matrix.help"));
        card.setTooltip(new Tooltip());
        drag(card);
        card.setOnKeyPressed(e -> {
            ImprovementAction a = (ImprovementAction) card.getUserData();
            int effort = a.effort() == null ? 3 : a.effort();
            int impact = a.impact() == null ? 3 : a.impact();
            switch (e.getCode()) {
                case LEFT -> effort--;
                case RIGHT -> effort++;
                case UP -> impact++;
                case DOWN -> impact--;
                case ENTER -> { open.accept(a.id()); e.consume(); return; }
                default -> { return; }
            }
            e.consume();
            focusAfter = a.id();
            vm.setRatings(a.id(), effort, impact);
        });
        return card;
    }

    private static String rating(Integer value) {
        return value == null ? "-" : value.toString();
    }

    private void drag(Label card) {
        double[] grab = new double[2];
        card.setOnMousePressed(e -> {
            grab[0] = e.getSceneX() - card.getLayoutX();
            grab[1] = e.getSceneY() - card.getLayoutY();
            dragging = card;
            card.toFront();
            card.requestFocus();
        });
        card.setOnMouseDragged(e -> card.relocate(e.getSceneX() - grab[0], e.getSceneY() - grab[1]));
        card.setOnMouseReleased(e -> {
            dragging = null;
            Point2D at = sceneToLocal(e.getSceneX(), e.getSceneY());
            int[] cell = cellAt(at.getX(), at.getY());
            if (cell != null) {
                ImprovementAction a = (ImprovementAction) card.getUserData();
                focusAfter = a.id();
                vm.setRatings(a.id(), cell[0], cell[1]);
            }
            requestLayout();
        });
    }

    /** Effort and impact of the cell under a point, or null outside the grid. */
    int[] cellAt(double x, double y) {
        double cw = cellWidth();
        double ch = cellHeight();
        double left = TRAY + AXIS;
        if (x < left || x >= left + 5 * cw || y < 0 || y >= 5 * ch) {
            return null;
        }
        int effort = 1 + (int) ((x - left) / cw);
        int impact = 5 - (int) (y / ch);
        return new int[] {effort, impact};
    }

    /** Where the centre of a cell is, in this pane's coordinates (for tests and keyboard help). */
    Point2D cellCentre(int effort, int impact) {
        return new Point2D(TRAY + AXIS + (effort - 0.5) * cellWidth(), (5 - impact + 0.5) * cellHeight());
    }

    private double cellWidth() {
        return Math.max(40, (getWidth() - TRAY - AXIS - 8) / 5);
    }

    private double cellHeight() {
        return Math.max(40, (getHeight() - AXIS) / 5);
    }

    @Override
    protected void layoutChildren() {
        double cw = cellWidth();
        double ch = cellHeight();
        double left = TRAY + AXIS;
        for (int effort = 1; effort <= 5; effort++) {
            for (int impact = 1; impact <= 5; impact++) {
                Rectangle cell = cells[effort - 1][impact - 1];
                cell.setX(left + (effort - 1) * cw);
                cell.setY((5 - impact) * ch);
                cell.setWidth(cw);
                cell.setHeight(ch);
            }
        }
        double splitX = left + (Quadrant.HIGH_EFFORT - 1) * cw;
        double splitY = (5 - Quadrant.HIGH_IMPACT + 1) * ch;
        vertical.setStartX(splitX);
        vertical.setEndX(splitX);
        vertical.setEndY(5 * ch);
        horizontal.setStartX(left);
        horizontal.setEndX(left + 5 * cw);
        horizontal.setStartY(splitY);
        horizontal.setEndY(splitY);
        place(quadrantNames.get(Quadrant.QUICK_WIN), left + 4, 2);
        place(quadrantNames.get(Quadrant.MAJOR_PROJECT), splitX + 4, 2);
        place(quadrantNames.get(Quadrant.FILL_IN), left + 4, 5 * ch - 20);
        place(quadrantNames.get(Quadrant.THANKLESS), splitX + 4, 5 * ch - 20);
        place(trayTitle, 4, 2);
        effortAxis.autosize();
        effortAxis.relocate(left + 5 * cw / 2 - effortAxis.getWidth() / 2, 5 * ch + 6);
        impactAxis.autosize();
        impactAxis.relocate(TRAY + AXIS / 2 - impactAxis.getWidth() / 2, 5 * ch / 2 - impactAxis.getHeight() / 2);
        Map<String, Integer> perCell = new HashMap<>();
        cards.forEach(card -> perCell.merge(cellKey((ImprovementAction) card.getUserData()), 1, Integer::sum));
        Map<String, Integer> stacked = new HashMap<>();
        Map<String, Double> used = new HashMap<>(); // height taken so far in each cell (and column)
        for (Label card : cards) {
            ImprovementAction a = (ImprovementAction) card.getUserData();
            String key = cellKey(a);
            int n = stacked.merge(key, 1, Integer::sum) - 1;
            if (card == dragging) {
                continue;
            }
            boolean rated = !key.equals(TRAY_KEY);
            // a crowded cell shows its cards in two columns rather than spilling into the next cell
            int fit = Math.max(1, (int) ((ch - 20) / (CARD_HEIGHT + 2)));
            boolean twoColumns = rated && perCell.get(key) > fit;
            double width = !rated ? TRAY - 10 : twoColumns ? (cw - 10) / 2 : cw - 8;
            // the title wraps, so the card is as tall as its text needs
            card.setWrapText(true);
            card.setMaxWidth(width);
            double height = Math.max(CARD_HEIGHT, card.prefHeight(width));
            card.resize(width, height);
            int column = twoColumns ? n % 2 : 0;
            double above = used.merge(key + "/" + column, height + 2, Double::sum) - height - 2;
            if (rated) {
                card.relocate(left + (a.effort() - 1) * cw + 4 + column * (width + 2), (5 - a.impact()) * ch + 20 + above);
            } else {
                card.relocate(4, 24 + above);
            }
        }
    }

    private static final String TRAY_KEY = "tray";

    private static String cellKey(ImprovementAction a) {
        return a.effort() != null && a.impact() != null ? a.effort() + "/" + a.impact() : TRAY_KEY;
    }

    private static void place(Label label, double x, double y) {
        label.autosize();
        label.relocate(x, y);
    }
}
