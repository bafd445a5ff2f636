package com.motstudio.testing;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** LayoutAudit finds each kind of problem in a small hand-made scene, and nothing in a sound one. */
@ExtendWith(ApplicationExtension.class)
class LayoutAuditTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.setWidth(300); // a window an earlier test sized keeps its size otherwise
        stage.setHeight(200);
        stage.show();
    }

    private List<String> audit(FxRobot robot, Parent root, Function<Scene, List<String>> check) {
        List<String>[] found = new List[1];
        robot.interact(() -> {
            stage.getScene().setRoot(root);
            root.applyCss();
            root.layout();
            found[0] = check.apply(stage.getScene());
        });
        return found[0];
    }

    private static Pane at(javafx.scene.Node node, double x, double y, double w, double h) {
        Pane pane = new Pane(node);
        node.resizeRelocate(x, y, w, h);
        node.relocate(x, y);
        if (node instanceof javafx.scene.layout.Region r) {
            r.setPrefSize(w, h);
            r.setMinSize(w, h);
            r.setMaxSize(w, h);
        }
        return pane;
    }

    @Test
    void aLabelTooNarrowForItsTextIsCutAndOneThatFitsIsNot(FxRobot robot) {
        Label cut = new Label("Documentation language");
        cut.setId("cut");
        cut.setMaxWidth(60);
        Label fits = new Label("OK");
        fits.setId("fits");
        List<String> found = audit(robot, new VBox(cut, fits), LayoutAudit::problems);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst()).startsWith("truncated: Label #cut").contains("Documentation language");
    }

    @Test
    void anIconBesideTheTextIsNotTakenForTheText(FxRobot robot) {
        Button withIcon = new Button("Export PNG", new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.IMAGE));
        assertThat(audit(robot, new VBox(withIcon), LayoutAudit::problems)).isEmpty();
    }

    @Test
    void aLabelThatWrapsIsNotCut(FxRobot robot) {
        Label wraps = new Label("Documentation language of the workshop");
        wraps.setWrapText(true);
        wraps.setMaxWidth(80);
        assertThat(audit(robot, new VBox(wraps), LayoutAudit::problems)).isEmpty();
    }

    @Test
    void lightGreyTextOnWhiteIsTooFaintAndDarkGreyIsNot(FxRobot robot) {
        Label faint = new Label("Faint");
        faint.setId("faint");
        faint.setStyle("-fx-text-fill: #aaaaaa;");
        Label dark = new Label("Dark");
        dark.setStyle("-fx-text-fill: #555555;");
        VBox root = new VBox(faint, dark);
        root.setStyle("-fx-background-color: white;");
        List<String> found = audit(robot, root, LayoutAudit::problems);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst()).startsWith("low contrast 2.32:1 (needs 4.5): #aaaaaa on #ffffff").contains("#faint");
    }

    @Test
    void theNearestOpaqueBackgroundCountsNotTheWindows(FxRobot robot) {
        Label onPastel = new Label("Late");
        onPastel.setId("late");
        onPastel.setStyle("-fx-text-fill: #d0d0d0;");
        StackPane row = new StackPane(onPastel);
        row.setStyle("-fx-background-color: #fde2e2;"); // a pastel status row keeps its colour in the dark theme
        VBox root = new VBox(row);
        root.setStyle("-fx-background-color: #101010;");
        assertThat(audit(robot, root, LayoutAudit::problems)).singleElement().asString()
                .startsWith("low contrast").contains("on #fde2e2").contains("#late");
    }

    @Test
    void theContrastRatioFollowsWcag() {
        assertThat(Contrast.ratio(javafx.scene.paint.Color.BLACK, javafx.scene.paint.Color.WHITE)).isEqualTo(21.0);
        assertThat(Contrast.ratio(javafx.scene.paint.Color.web("#767676"), javafx.scene.paint.Color.WHITE)).isBetween(4.5, 4.6);
    }

    @Test
    void aButtonOffTheWindowIsOutOfReachUnlessAScrollPaneHoldsIt(FxRobot robot) {
        Button off = new Button("Save");
        off.setId("save");
        List<String> found = audit(robot, at(off, 250, 180, 120, 40), LayoutAudit::problems);
        assertThat(found).singleElement().asString().startsWith("cut off or out of reach").contains("#save");

        Button scrolled = new Button("Save");
        VBox tall = new VBox(new Pane(), scrolled);
        ((Pane) tall.getChildren().getFirst()).setPrefHeight(400);
        ScrollPane scroll = new ScrollPane(tall);
        scroll.setPrefSize(300, 200);
        assertThat(audit(robot, new VBox(scroll), LayoutAudit::problems)).isEmpty();
    }

    @Test
    void aButtonCutByASplitPaneDividerIsReported(FxRobot robot) {
        Button cut = new Button("Remove the stage");
        cut.setId("remove");
        cut.setMinWidth(Button.USE_PREF_SIZE);
        javafx.scene.layout.HBox left = new javafx.scene.layout.HBox(cut);
        left.setMinWidth(0);
        javafx.scene.control.SplitPane split = new javafx.scene.control.SplitPane(left, new Pane());
        split.setDividerPositions(0.2);
        assertThat(audit(robot, new StackPane(split), LayoutAudit::problems)).anyMatch(p ->
                p.startsWith("cut off or out of reach") && p.contains("#remove"));
    }

    @Test
    void aListTooShortForTwoRowsIsReportedAndOneShowingThreeIsNot(FxRobot robot) {
        assertThat(audit(robot, new VBox(list(45)), LayoutAudit::problems)).singleElement().asString()
                .startsWith("too short: shows 1 whole row(s) of 3").contains("#squeezed");
        assertThat(audit(robot, new VBox(list(100)), LayoutAudit::problems)).isEmpty();
    }

    private static javafx.scene.control.ListView<String> list(double height) {
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList("one", "two", "three"));
        list.setId("squeezed");
        list.setFixedCellSize(30);
        list.setPrefHeight(height);
        list.setMaxHeight(height);
        list.setAccessibleText("Numbers");
        return list;
    }

    @Test
    void aScrollPaneWhoseEndLiesOffTheWindowIsReported(FxRobot robot) {
        ScrollPane scroll = new ScrollPane(new Label("x"));
        scroll.setId("long-form");
        assertThat(audit(robot, at(scroll, 0, 100, 300, 300), LayoutAudit::problems)).anyMatch(p ->
                p.startsWith("scroll area reaches outside the window") && p.contains("#long-form"));
    }

    @Test
    void controlsDrawnOverEachOtherOverlapButStackedLayersDoNot(FxRobot robot) {
        Button a = new Button("First");
        a.setId("first");
        Button b = new Button("Second");
        b.setId("second");
        Pane pane = new Pane(a, b);
        a.relocate(10, 10);
        b.relocate(30, 15);
        assertThat(audit(robot, pane, LayoutAudit::problems)).singleElement().asString()
                .startsWith("overlap: Button #first").contains("#second");

        StackPane layers = new StackPane(new Button("Under"), new Button("Over"));
        assertThat(audit(robot, layers, LayoutAudit::problems)).isEmpty();
    }

    @Test
    void aFocusableControlNeedsAName(FxRobot robot) {
        TextField unnamed = new TextField();
        unnamed.setId("unnamed");
        TextField labelled = new TextField();
        Label label = new Label("Title");
        label.setLabelFor(labelled);
        TextField prompted = new TextField();
        prompted.setPromptText("Search");
        Button icon = new Button();
        icon.setId("icon-only");
        Button named = new Button();
        named.setAccessibleText("Add stage");
        List<String> found = audit(robot, new VBox(unnamed, label, labelled, prompted, icon, named), LayoutAudit::accessibleProblems);
        assertThat(found).hasSize(2);
        assertThat(found.get(0)).startsWith("no accessible name: TextField #unnamed");
        assertThat(found.get(1)).startsWith("no accessible name: Button #icon-only");
    }
}
