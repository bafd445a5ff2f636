package com.motstudio.ui.setup;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * A choice and a text field side by side, the field taking the rest of the width; when the page is
 * too narrow for the field to stay readable (large projector text beside the guidance panel) the
 * field moves under the choice instead of shrinking to a few letters.
 */
final class PairRow extends Pane {
    private static final double GAP = 8;
    /** The narrowest a field may get beside the choice, in characters of its font. */
    private static final double READABLE_EMS = 12;
    private final Region choice;
    private final TextField field;

    PairRow(Region choice, TextField field) {
        super(choice, field);
        this.choice = choice;
        this.field = field;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + Math.max(choice.minWidth(-1), readable()) + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + choice.prefWidth(-1) + GAP + field.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? computePrefWidth(-1) - in.getLeft() - in.getRight() : width - in.getLeft() - in.getRight();
        double lines = stacked(inner) ? choice.prefHeight(-1) + GAP + field.prefHeight(-1)
                : Math.max(choice.prefHeight(-1), field.prefHeight(-1));
        return in.getTop() + lines + in.getBottom();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double choiceWidth = Math.min(choice.prefWidth(-1), width);
        if (stacked(width)) {
            double choiceHeight = choice.prefHeight(-1);
            choice.resizeRelocate(in.getLeft(), in.getTop(), choiceWidth, choiceHeight);
            field.resizeRelocate(in.getLeft(), in.getTop() + choiceHeight + GAP, width, field.prefHeight(-1));
        } else {
            double height = Math.max(choice.prefHeight(-1), field.prefHeight(-1));
            choice.resizeRelocate(in.getLeft(), in.getTop(), choiceWidth, height);
            field.resizeRelocate(in.getLeft() + choiceWidth + GAP, in.getTop(), width - choiceWidth - GAP, height);
        }
    }

    private boolean stacked(double width) {
        return width < choice.prefWidth(-1) + GAP + readable();
    }

    private double readable() {
        return READABLE_EMS * field.getFont().getSize();
    }
}
