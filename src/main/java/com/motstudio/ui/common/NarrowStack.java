package com.motstudio.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Two sides of a page: side by side in a split pane when there is room, one above the other in a
 * scrolling column when the page is narrower than a number of ems (a projector's window beside the
 * guidance, or large text), each side then at its natural height. The width needed is counted in
 * the page's text size, read from a plain label of the page, so large text stacks sooner.
 */
public final class NarrowStack {
    private final StackPane root = new StackPane();
    private final SplitPane split;
    private final VBox column = new VBox(4);
    private final ScrollPane stacked = new ScrollPane(column);
    private final double ems;
    private final Labeled text;

    public NarrowStack(SplitPane split, double ems, Labeled text) {
        this.split = split;
        this.ems = ems;
        this.text = text;
        stacked.setFitToWidth(true);
        stacked.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        stacked.getStyleClass().add("narrow-stack");
        ScrollToFocus.follow(stacked);
        root.getChildren().setAll(split);
        root.widthProperty().subscribe(width -> arrange(width.doubleValue()));
    }

    public Parent root() {
        return root;
    }

    /** Whether the sides are shown one above the other. */
    public boolean isStacked() {
        return root.getChildren().contains(stacked);
    }

    private void arrange(double width) {
        boolean narrow = width > 0 && width < ems * text.getFont().getSize();
        if (narrow == isStacked()) {
            return;
        }
        java.util.List<Node> sides = java.util.List.copyOf(narrow ? split.getItems() : column.getChildren());
        double[] positions = split.getDividerPositions();
        if (narrow) {
            split.getItems().clear();
            column.getChildren().setAll(sides);
            root.getChildren().setAll(stacked);
        } else {
            column.getChildren().clear();
            split.getItems().setAll(sides);
            split.setDividerPositions(positions);
            root.getChildren().setAll(split);
        }
    }
}
