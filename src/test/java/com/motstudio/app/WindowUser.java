package com.motstudio.app;

import com.motstudio.testing.LayoutAudit;
import com.motstudio.testing.Snapshots;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uses the main window as a person at the keyboard does (pages, tabs, fields, buttons, shortcuts),
 * and audits each state it reaches with {@link LayoutAudit}, writing its picture to
 * {@code target/<folder>/NN-<step>.png}.
 */
final class WindowUser {
    private final FxRobot robot;
    private final Stage stage;
    private final String folder;
    private final List<String> problems = new ArrayList<>();
    private int shots;

    WindowUser(FxRobot robot, Stage stage, String folder) {
        this.robot = robot;
        this.stage = stage;
        this.folder = folder;
    }

    /** Every layout problem met so far, each as {@code NN-<step>: <problem>}. */
    List<String> problems() {
        return problems;
    }

    void page(String key) throws Exception {
        fire("#nav-" + key);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#nav-" + key).queryAs(ToggleButton.class).isSelected());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses a tab as a click on its header would. */
    void tab(String tabPane, String tabId) {
        TabPane tabs = robot.lookup(tabPane).queryAs(TabPane.class);
        Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow(() -> new AssertionError("no tab " + tabId));
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Moves the keyboard into a field (as Tab would, so the page scrolls it into view), puts the text
     * in as one edit of the focused field (the robot types a character at a time: too slow for all of
     * them) and presses {@code then}, e.g. Enter, to commit it as the user would.
     */
    void type(String id, String text, KeyCode then) {
        focus(robot.lookup(id).query());
        typeHere(text, then);
    }

    /** As {@link #type}, keystroke by keystroke through the robot. */
    void write(String id, String text, KeyCode then) {
        Node node = robot.lookup(id).query();
        focus(node);
        robot.interact(() -> editor(node).selectAll());
        robot.write(text);
        if (then != null) {
            robot.type(then);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the text of the field that has the keyboard, then presses {@code then}. */
    void typeHere(String text, KeyCode then) {
        robot.interact(() -> {
            TextInputControl field = editor(stage.getScene().getFocusOwner());
            field.replaceText(0, field.getLength(), text);
        });
        if (then != null) {
            robot.type(then);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TextInputControl editor(Node node) {
        return node instanceof ComboBox<?> combo ? combo.getEditor()
                : node instanceof DatePicker picker ? picker.getEditor() : (TextInputControl) node;
    }

    void focus(Node node) {
        robot.interact(node::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void fire(String id) {
        fire(robot.lookup(id).queryAs(ButtonBase.class));
    }

    /** Presses a button as the keyboard would: Tab brings it into sight (a scrolling form follows), Space presses it. */
    void fire(ButtonBase button) {
        assertThat(button.isDisabled()).as("%s can be pressed", button.getId()).isFalse();
        focus(button);
        Bounds at = button.localToScene(button.getLayoutBounds());
        Scene scene = button.getScene();
        Bounds sight = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node up = button.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) { // what its viewport shows of it
                Bounds port = scroll.localToScene(scroll.getLayoutBounds());
                sight = new BoundingBox(Math.max(sight.getMinX(), port.getMinX()), Math.max(sight.getMinY(), port.getMinY()),
                        Math.min(sight.getMaxX(), port.getMaxX()) - Math.max(sight.getMinX(), port.getMinX()),
                        Math.min(sight.getMaxY(), port.getMaxY()) - Math.max(sight.getMinY(), port.getMinY()));
            }
        }
        assertThat(at.getMinX() >= sight.getMinX() - 1 && at.getMinY() >= sight.getMinY() - 1
                && at.getMaxX() <= sight.getMaxX() + 1 && at.getMaxY() <= sight.getMaxY() + 1)
                .as("%s in sight once it has the keyboard: %s within %s", button.getId(), at, sight).isTrue();
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    <T> void choose(String id, T value) {
        ComboBox<T> combo = robot.lookup(id).queryAs(ComboBox.class);
        assertThat(combo.getItems()).as("%s offers %s", id, value).contains(value);
        focus(combo);
        robot.interact(() -> combo.getSelectionModel().select(value));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void shortcut(KeyCode key) {
        robot.interact(() -> stage.getScene().getRoot().requestFocus());
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }

    /** Audits the main window as it is now and writes its picture. */
    void check(String step) {
        checkWindow(stage.getScene(), step);
    }

    void checkWindow(Scene scene, String step) {
        WaitForAsyncUtils.waitForFxEvents();
        String name = String.format("%02d-%s", ++shots, step);
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            LayoutAudit.problems(scene).forEach(p -> problems.add(name + ": " + p));
            LayoutAudit.accessibleProblems(scene).forEach(p -> problems.add(name + ": " + p));
            Snapshots.writePng(scene.snapshot(null), Path.of(System.getProperty("mot.buildDir", "target"), folder, name + ".png"));
        });
    }

}
