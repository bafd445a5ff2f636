package com.motstudio.app;

import com.motstudio.model.Workshop;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.Snapshots;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Export page of a workshop whose title holds a character no font here draws (𠀀, CJK Extension B)
 * says so under the Export button, whole, on a 1024 × 768 window in Chinese, large text, dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class MissingGlyphsPageTest {
    @TempDir
    Path home;

    private AppHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.DARK).withTextSize(TextSize.LARGE).withLanguage("zh-CN"));
        AppHarness.projector(stage);
        Workshop blank = Workshop.blank("zh-CN", "办事群众");
        Path file = home.resolve("大厅.mot.json");
        app.store.save(blank.withInfo(blank.info().withTitle("\uD840\uDC00 窗口服务")), file, null);
        app.main.open(file);
    }

    @AfterEach
    void fitTheScreenAgain() throws Exception {
        AppHarness.fitScreen(stage);
    }

    @Test
    void theWarningNamesTheCharacterAndFits(FxRobot robot) throws Exception {
        robot.clickOn("#nav-export");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#export-missing-glyphs").tryQuery()
                .map(Node::isVisible).orElse(false));
        Label glyphs = robot.lookup("#export-missing-glyphs").queryAs(Label.class);
        assertThat(glyphs.getText()).contains("\uD840\uDC00");
        robot.interact(() -> Snapshots.writePng(glyphs.getScene().snapshot(null), Path.of(
                System.getProperty("mot.buildDir", "target"), "screenshots", "export-missing-glyphs-zh-CN-dark-large.png")));
    }
}
