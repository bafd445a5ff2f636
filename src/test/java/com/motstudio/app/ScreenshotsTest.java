package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerTier;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Participant;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.ThemeChoice;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.ui.shell.Page;
import javafx.scene.control.TabPane;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import com.motstudio.testing.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the main window with a real workshop open, in 简体中文 and English, as README shows it.
 * Written to {@code docs/screenshots} when {@code -Dmot.screenshots=docs/screenshots} is given,
 * otherwise into the build folder, so every build proves the window renders.
 */
class ScreenshotsTest {
    @TempDir
    Path home;

    private static Workshop sample(String language, boolean chinese) {
        WorkshopInfo info = WorkshopInfo.empty()
                .withTitle(chinese ? "市民服务中心 · 关键时刻工作坊" : "City Service Centre · Moments of Truth workshop")
                .withOrganization(chinese ? "某市政务服务管理局" : "City Government Services Bureau")
                .withSector("government").withFacilitator(chinese ? "王老师" : "Ms Wang")
                .withDates(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 15)).withLanguage(language)
                .withGroups(List.of(new ParticipantGroup("gr-1", chinese ? "第一组" : "Group 1")))
                .withParticipants(List.of(new Participant("pa-1", chinese ? "李敏" : "Li Min", "gr-1", chinese ? "窗口主管" : "Counter lead")))
                .withNotes(chinese ? "第二天下午到大厅现场走查。" : "Day two afternoon: walk the hall as a citizen.");
        return new Workshop(info, List.of(
                new CustomerType("ct-1", CustomerKind.EXTERNAL, chinese ? "办事群众" : "Citizen", chinese ? "个人办理业务" : "Individuals"),
                new CustomerType("ct-2", CustomerKind.EXTERNAL, chinese ? "企业经办人" : "Company agent", chinese ? "代办企业事项" : "Files for a company"),
                new CustomerType("ct-3", CustomerKind.PARTNER_DEPARTMENT, chinese ? "后台审批科室" : "Back-office approvals", "")),
                List.of(new CustomerTier("ti-1", chinese ? "重点企业" : "Key companies", 1, 20.0, 80.0, "")),
                null, null, null, null);
    }

    @Test
    void theMainWindowRendersInChineseAndEnglish() throws Exception {
        Path out = Path.of(System.getProperty("mot.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        render("zh-CN", sample("zh-CN", true), out.resolve("main-zh-CN.png"));
        render("en", sample("en", false), out.resolve("main-en.png"));
    }

    @Test
    void theJourneyPageRendersTheGovernmentTemplate() throws Exception {
        Path out = Path.of(System.getProperty("mot.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        for (Language language : List.of(Language.SIMPLIFIED_CHINESE, Language.ENGLISH)) {
            Workshop template = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", language)).workshop();
            boolean map = language == Language.ENGLISH;
            render(language.tag(), template, out.resolve((map ? "journey-map-" : "journey-") + language.tag() + ".png"), main -> {
                main.window().select(Page.JOURNEY);
                if (map) {
                    main.window().root().applyCss(); // builds the skins, so the page's tab pane can be found
                    ((javafx.scene.control.ButtonBase) main.window().root().lookup("#guidance-toggle")).fire();
                    ((TabPane) main.window().root().lookup("#journey-tabs")).getSelectionModel().select(1);
                }
            });
        }
    }

    private void render(String language, Workshop workshop, Path file) throws Exception {
        render(language, workshop, file, main -> { });
    }

    private void render(String language, Workshop workshop, Path file, java.util.function.Consumer<MainStage> show) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Path folder = Files.createDirectories(home.resolve(language));
        AppHarness[] app = new AppHarness[1];
        WritableImage[] shot = new WritableImage[1];
        FxToolkit.setupFixture(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
            app[0] = new AppHarness(stage, folder, s -> s.withLanguage(language).withTheme(ThemeChoice.LIGHT));
            stage.setWidth(1000);
            stage.setHeight(700);
            app[0].main.viewModel().show(new WorkshopDocument(workshop, Path.of("/home/trainer/workshops/city-hall.mot.json")), null);
            show.accept(app[0].main);
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> shot[0] = stage.getScene().snapshot(null));
        BufferedImage image = Snapshots.writePng(shot[0], file);
        assertThat(colours(image)).as("a rendered window, not a blank image").isGreaterThan(50);
        FxToolkit.setupFixture(() -> Platform.runLater(stage::hide));
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
