package com.motstudio.ui.common;

import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.geom.AffineTransform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A chart on screen grows with the app's text size, and says in words what it shows. */
@ExtendWith(ApplicationExtension.class)
class ChartCanvasTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 640, 400));
        stage.show();
    }

    /** What the painter was given: the box and the scale of the drawing. */
    private double[] paintedAt(FxRobot robot, int textSize) {
        double[] seen = new double[3];
        robot.interact(() -> {
            ChartCanvas canvas = new ChartCanvas(520, 260);
            StackPane root = new StackPane(canvas);
            root.setStyle("-fx-font-size: " + textSize + "px;");
            stage.getScene().setRoot(root);
            canvas.show((g, w, h) -> {
                AffineTransform t = g.getTransform();
                seen[0] = w;
                seen[1] = h;
                seen[2] = t.getScaleX() / stage.getOutputScaleX();
            }, "Scores of 3 touchpoints: highest 72.2 at \"Joint handling\".");
            root.applyCss();
            root.layout();
        });
        return seen;
    }

    @Test
    void largeTextDrawsTheChartLargerAndNormalTextAsTheFilesDo(FxRobot robot) {
        double[] normal = paintedAt(robot, 13);
        assertThat(normal[2]).as("normal text: the chart's own size, as in the PNG and PDF").isCloseTo(1, within(1e-9));
        double[] large = paintedAt(robot, 17);
        assertThat(large[2]).as("large text: everything drawn 17/13 larger").isCloseTo(17 / 13.0, within(1e-6));
        assertThat(large[0]).as("the painter lays out a box that much smaller").isCloseTo(normal[0] * 13 / 17.0, within(0.5));
        assertThat(large[1]).isCloseTo(normal[1] * 13 / 17.0, within(0.5));
    }

    @Test
    void theChartIsAnImageWithItsSummaryAsTextAlternative(FxRobot robot) {
        paintedAt(robot, 13);
        ChartCanvas canvas = (ChartCanvas) ((StackPane) stage.getScene().getRoot()).getChildren().getFirst();
        assertThat(canvas.getAccessibleRole()).isEqualTo(AccessibleRole.IMAGE_VIEW);
        assertThat(canvas.getAccessibleText()).isEqualTo("Scores of 3 touchpoints: highest 72.2 at \"Joint handling\".");
        assertThat(canvas.isFocusTraversable()).as("reachable with Tab, to be read").isTrue();
    }
}
