package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.ui.shell.Page;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every tab of the Plan and Monitor pages with a workshop that has data in every step, on a
 * 1024 × 768 projector in Chinese with large text and the dark theme, and on a 1366 × 768 laptop
 * in English, light: written to the build folder to be looked at.
 */
class MonitorPlanLookTest {
    @TempDir
    Path home;

    @Test
    void projectorChineseLargeDark() throws Exception {
        shoot(Language.SIMPLIFIED_CHINESE, 1024, TextSize.LARGE, ThemeChoice.DARK);
    }

    @Test
    void laptopEnglishLight() throws Exception {
        shoot(Language.ENGLISH, 1366, TextSize.NORMAL, ThemeChoice.LIGHT);
    }

    private void shoot(Language language, int width, TextSize size, ThemeChoice theme) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("mot.buildDir", "target"), "screenshots", "look"));
        Stage stage = FxToolkit.registerPrimaryStage();
        AppHarness[] app = new AppHarness[1];
        FxToolkit.setupFixture(() -> {
            app[0] = new AppHarness(stage, home, s -> s.withLanguage(language.tag()).withTheme(theme).withTextSize(size));
            stage.setWidth(width);
            stage.setHeight(768);
            app[0].main.viewModel().show(new WorkshopDocument(ExportFixture.create(language), null), null);
        });
        String tag = language.tag() + "-" + width + "-" + size.name().toLowerCase() + "-" + theme.name().toLowerCase();
        for (Page page : new Page[] {Page.PLAN, Page.MONITOR}) {
            FxToolkit.setupFixture(() -> {
                app[0].main.window().select(page);
                app[0].main.window().root().applyCss();
            });
            WaitForAsyncUtils.waitForFxEvents();
            String id = page == Page.PLAN ? "#plan-tabs" : "#monitor-tabs";
            int count = FxToolkit.setupFixture(() -> ((TabPane) stage.getScene().lookup(id)).getTabs().size());
            for (int i = 0; i < count; i++) {
                int tab = i;
                FxToolkit.setupFixture(() -> ((TabPane) stage.getScene().lookup(id)).getSelectionModel().select(tab));
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForFxEvents();
                WritableImage shot = FxToolkit.setupFixture(() -> stage.getScene().snapshot(null));
                Snapshots.writePng(shot, out.resolve(page.name().toLowerCase() + "-" + tab + "-" + tag + ".png"));
            }
        }
        FxToolkit.setupFixture(() -> {
            stage.hide();
            stage.setWidth(1000);
            stage.setHeight(700);
        });
    }
}
