package com.motstudio.app;

import com.motstudio.merge.GroupFile;
import com.motstudio.merge.GroupMerge;
import com.motstudio.merge.MergeFixtures;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File ▸ Merge group files… on a projector (1024 × 768, large text, dark, 简体中文): two files
 * chosen, one of them damaged; the preview names what is added, each conflict and how it is
 * settled, and the damaged file with where; Merge is one undo step and the result saves and reopens.
 */
@ExtendWith(ApplicationExtension.class)
@SuppressWarnings("unchecked")
class MergeGroupFilesTest {
    @TempDir
    Path home;

    private AppHarness app;
    private Stage stage;
    private Path tableB;
    private Path damaged;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.DARK).withTextSize(TextSize.LARGE).withLanguage("zh-CN"));
        AppHarness.projector(stage);
    }

    @AfterEach
    void fit() throws Exception {
        AppHarness.fitScreen(stage);
    }

    @BeforeEach
    void openTheFacilitatorsWorkshop(FxRobot robot) throws Exception {
        Path hall = home.resolve("hall.mot.json");
        app.store.save(MergeFixtures.facilitator(), hall, null);
        tableB = home.resolve("table-b.mot.json");
        app.store.save(MergeFixtures.tableB(), tableB, null);
        damaged = home.resolve("table-c.mot.json");
        String text = Files.readString(tableB, StandardCharsets.UTF_8);
        Files.writeString(damaged, text.substring(0, text.length() / 3), StandardCharsets.UTF_8);
        robot.interact(() -> app.main.viewModel().load(hall));
    }

    private Workshop current() {
        return app.main.viewModel().document().current();
    }

    /** Chooses File ▸ Merge group files… as the user would, and waits for the preview. */
    private MenuItem chooseMerge(FxRobot robot, Path... files) throws Exception {
        app.dialogs().toMerge.add(List.of(files));
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().getFirst().getItems().stream()
                .filter(i -> "menu-merge".equals(i.getId())).findFirst().orElseThrow();
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#merge-summary")
                .match(n -> n.getScene().getWindow().isShowing()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return item;
    }

    private static List<String> lines(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ListView.class).getItems().stream().map(l -> ((com.motstudio.edit.PendingChange.Line) l).text()).toList();
    }

    @Test
    void thePreviewSaysWhatIsAddedAndHowConflictsAreSettledThenMergeIsOneUndoStep(FxRobot robot) throws Exception {
        Workshop before = current();
        MenuItem item = chooseMerge(robot, tableB, damaged);
        assertThat(item.getText()).isEqualTo("合并小组文件…");
        assertThat(robot.lookup("#merge-summary").queryAs(Label.class).getText())
                .contains("已读取 1 个小组文件").contains("冲突 3 处").contains("1 个损坏的文件未合并");
        assertThat(lines(robot, "#merge-added")).contains("table-b.mot.json", "新触点“Ask at the desk”，位于阶段“Arrive”",
                "新阶段“After”", "1 份 KANO 答卷");
        assertThat(lines(robot, "#merge-conflicts")).contains("table-b.mot.json：触点“Rate the service”在该文件中名为“Rate us”",
                "处理：保留当前工作坊的值。");
        assertThat(lines(robot, "#merge-problems").getFirst()).contains("table-c.mot.json");
        assertThat(lines(robot, "#merge-problems").get(1)).contains("行");
        snapshot(robot, "merge-preview-1024x768-large-dark-zh-CN.png");
        List<String>[] layout = new List[2];
        robot.interact(() -> {
            javafx.scene.Scene dialog = robot.lookup("#merge-summary").query().getScene();
            layout[0] = com.motstudio.testing.LayoutAudit.problems(dialog);
            layout[1] = com.motstudio.testing.LayoutAudit.accessibleProblems(dialog);
        });
        assertThat(layout[0]).as("cut text, overlaps, contrast").isEmpty();
        assertThat(layout[1]).as("controls without a name").isEmpty();
        assertThat(current()).isSameAs(before);

        robot.interact(() -> robot.lookup("#dialog-ok").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();

        Workshop expected = GroupMerge.merge(before, List.of(new GroupFile("table-b.mot.json", MergeFixtures.tableB()))).workshop();
        assertThat(current()).isEqualTo(expected);
        assertThat(app.main.viewModel().document().undoLabel()).contains("merging.change");
        robot.interact(() -> app.main.viewModel().undo());
        assertThat(current()).isSameAs(before);
        robot.interact(() -> app.main.viewModel().redo());

        Path saved = home.resolve("merged.mot.json");
        app.dialogs().toSave.add(saved);
        robot.interact(() -> app.main.viewModel().saveAs(() -> { }));
        assertThat(app.store.open(saved)).isInstanceOfSatisfying(LoadResult.Loaded.class,
                l -> assertThat(l.workshop()).isEqualTo(expected));
    }

    @Test
    void cancelAndAFileThatAddsNothingLeaveTheWorkshopAlone(FxRobot robot) throws Exception {
        Workshop before = current();
        chooseMerge(robot, tableB);
        robot.interact(() -> robot.lookup("#dialog-cancel").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(current()).isSameAs(before);
        assertThat(app.main.viewModel().document().canUndo()).isFalse();

        chooseMerge(robot, damaged);
        assertThat(robot.lookup("#dialog-ok").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#merge-summary").queryAs(Label.class).getText()).contains("合并不会带来任何改动");
        robot.interact(() -> robot.lookup("#dialog-cancel").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(current()).isSameAs(before);
    }

    /** The preview as the room sees it (looked at, not committed). */
    private void snapshot(FxRobot robot, String name) throws Exception {
        Path out = Path.of(System.getProperty("mot.buildDir", "target"), "screenshots");
        Files.createDirectories(out);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#merge-summary") != null).findFirst().orElseThrow().getScene().snapshot(null));
        com.motstudio.testing.Snapshots.writePng(image[0], out.resolve(name));
    }
}
