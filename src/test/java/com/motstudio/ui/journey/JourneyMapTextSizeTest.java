package com.motstudio.ui.journey;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.TaskRunner;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The journey map on a projector: with large text the whole map is drawn larger, Fit keeps it
 * readable instead of shrinking the government hall's seven stages to a quarter, and the map says
 * in words what it shows.
 */
@ExtendWith(ApplicationExtension.class)
class JourneyMapTextSizeTest {
    private Stage stage;
    private Workshop hall;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        hall = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", Language.ENGLISH)).workshop();
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1000, 700));
        stage.show();
    }

    /** The map tab of a fresh Journey page at this text size, in a window of the projector's height. */
    private JourneyView showMap(FxRobot robot, int textSize) {
        JourneyView[] shown = new JourneyView[1];
        robot.interact(() -> {
            JourneyView view = new JourneyView(new JourneyViewModel(new WorkshopDocument(hall, null)), new Texts(Language.ENGLISH),
                    new FakeDialogs().dialogs(), TaskRunner.IMMEDIATE, () -> Path.of("."));
            shown[0] = view;
            view.root().setStyle("-fx-font-size: " + textSize + "px;");
            stage.getScene().setRoot(view.root());
            stage.setWidth(1000);
            stage.setHeight(768 - 110); // the page's share of a 1024 x 768 window (menus, status bar)
            view.showMap();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shown[0];
    }

    private static <T extends Node> T find(Parent root, String id, Class<T> type) {
        return type.cast(root.lookup(id));
    }

    private static double zoom(Parent root) {
        String text = find(root, "#map-zoom", Label.class).getText();
        return Integer.parseInt(text.substring(0, text.length() - 1)) / 100.0;
    }

    /** Screen distance between the first and the last chip of the first stage at 100 % zoom. */
    private double chipSpan(FxRobot robot, JourneyView view) {
        robot.interact(() -> find(view.root(), "#map-actual", Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        List<Touchpoint> first = hall.journey().stages().getFirst().touchpoints();
        Point2D a = view.chipOnScreen(first.getFirst().id()).orElseThrow();
        Point2D b = view.chipOnScreen(first.get(1).id()).orElseThrow();
        return b.getX() - a.getX();
    }

    @Test
    void largeTextDrawsTheMapLargerAtTheSameZoom(FxRobot robot) {
        double normal = chipSpan(robot, showMap(robot, 13));
        double large = chipSpan(robot, showMap(robot, 17));
        assertThat(normal).isPositive();
        assertThat(large / normal).as("the whole map grows with the text").isCloseTo(17 / 13.0, within(0.01));
    }

    @Test
    void fitOnAProjectorKeepsTheMapReadableAndSaysHow(FxRobot robot) {
        Parent root = showMap(robot, 17).root();
        Button fit = find(root, "#map-fit", Button.class);
        robot.interact(fit::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(zoom(root)).as("not the 27 % the whole map's width would need").isGreaterThanOrEqualTo(MapViewport.READABLE);
        assertThat(fit.getTooltip().getText()).contains("75 %").contains("scroll sideways");
        Node viewport = find(root, "#map-viewport", Node.class);
        assertThat(viewport.getAccessibleText()).startsWith("Journey map of 7 stages and ")
                .contains("Emotion curve of Citizen applicant").contains("lowest \u2212");
    }
}
