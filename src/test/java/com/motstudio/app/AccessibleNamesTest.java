package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.store.ThemeChoice;
import com.motstudio.text.Language;
import com.motstudio.ui.shell.Page;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every control the keyboard reaches on the Plan and Monitor pages has a name a screen reader can
 * say (its own text, a label made for it, or an accessible text), and the matrix cards read as
 * buttons named by their action, effort and impact.
 */
class AccessibleNamesTest {
    @TempDir
    Path home;

    @Test
    void everyFocusableControlOnPlanAndMonitorHasAName() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AppHarness[] app = new AppHarness[1];
        FxToolkit.setupFixture(() -> {
            app[0] = new AppHarness(stage, home, s -> s.withLanguage("zh-CN").withTheme(ThemeChoice.DARK));
            stage.setWidth(1000);
            stage.setHeight(700);
            app[0].main.viewModel().show(new WorkshopDocument(ExportFixture.create(Language.SIMPLIFIED_CHINESE), null), null);
        });
        List<String> nameless = new ArrayList<>();
        int cards = 0;
        for (Page page : new Page[] {Page.PLAN, Page.MONITOR}) {
            FxToolkit.setupFixture(() -> app[0].main.window().select(page));
            WaitForAsyncUtils.waitForFxEvents();
            String id = page == Page.PLAN ? "#plan-tabs" : "#monitor-tabs";
            TabPane tabs = FxToolkit.setupFixture(() -> (TabPane) stage.getScene().lookup(id));
            for (int i = 0; i < tabs.getTabs().size(); i++) {
                int tab = i;
                FxToolkit.setupFixture(() -> tabs.getSelectionModel().select(tab));
                WaitForAsyncUtils.waitForFxEvents();
                List<Node> reached = FxToolkit.setupFixture(() -> {
                    List<Node> out = new ArrayList<>();
                    walk(tabs.getTabs().get(tab).getContent(), out);
                    return out;
                });
                for (Node n : reached) {
                    String name = FxToolkit.setupFixture(() -> name(n, stage.getScene().getRoot()));
                    if (name.isBlank()) {
                        nameless.add(page + " tab " + tab + ": " + n.getClass().getSimpleName() + " #" + n.getId());
                    }
                    if (n.getId() != null && n.getId().startsWith("plan-card-")) {
                        cards++;
                        assertThat(n.getAccessibleRole()).isEqualTo(AccessibleRole.BUTTON);
                        assertThat(n.getAccessibleText()).as(n.getId()).containsPattern("\\d");
                    }
                }
            }
        }
        assertThat(cards).as("matrix cards looked at").isPositive();
        assertThat(nameless).isEmpty();
        FxToolkit.setupFixture(() -> {
            stage.hide();
            stage.setWidth(1000);
            stage.setHeight(700);
        });
    }

    /** The controls the Tab key reaches: focus traversable, shown and enabled, not the scroll machinery. */
    private static void walk(Node node, List<Node> out) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return;
        }
        boolean container = node instanceof ScrollPane || node instanceof ScrollBar || node instanceof SplitPane
                || node instanceof javafx.scene.control.TitledPane || node instanceof TabPane;
        if (node instanceof Control && !container && (node.isFocusTraversable() || node instanceof javafx.scene.control.Spinner)) {
            out.add(node); // its inner parts (a spinner's editor) are named by it
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, out));
        }
    }

    private static String name(Node node, Parent root) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            return l.getText();
        }
        List<Node> all = new ArrayList<>();
        collect(root, all);
        return all.stream().filter(n -> n instanceof Label l && l.getLabelFor() == node).map(n -> ((Label) n).getText())
                .findFirst().orElse("");
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }
}
