package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.store.WorkshopStore;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.ui.shell.Page;
import com.motstudio.ui.timer.ActivityTimer;
import com.motstudio.ui.timer.Ticker;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell's room features (timer, guidance strip, help sheets, short page list) on a 1024 × 768
 * projector with large text, dark, in Chinese, and on a 1366 × 768 laptop, light, in English:
 * snapshots into {@code target/screenshots/room}, and no label of the shell cut short.
 */
class RoomLookTest {
    @TempDir
    Path home;

    private Stage stage;
    private final Clock clock = new Clock();

    private static final class Clock implements InstantSource, Ticker {
        Instant now = Instant.parse("2026-03-14T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public void start(Runnable tick) { }

        @Override
        public void stop() { }
    }

    @AfterEach
    void fitTheScreenAgain() throws Exception {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w != stage) {
                FxToolkit.setupFixture(w::hide);
            }
        }
        AppHarness.fitScreen(stage);
    }

    @Test
    void projectorLargeDarkChinese() throws Exception {
        look(Language.SIMPLIFIED_CHINESE, ThemeChoice.DARK, TextSize.LARGE, 1024, 768);
    }

    @Test
    void projectorLargeLightEnglish() throws Exception {
        look(Language.ENGLISH, ThemeChoice.LIGHT, TextSize.LARGE, 1024, 768);
    }

    @Test
    void laptopLightEnglish() throws Exception {
        look(Language.ENGLISH, ThemeChoice.LIGHT, TextSize.NORMAL, 1366, 768);
    }

    private void look(Language language, ThemeChoice theme, TextSize size, double width, double height) throws Exception {
        Path out = Files.createDirectories(Path.of(System.getProperty("mot.buildDir", "target"), "screenshots", "room"));
        String tag = language.tag() + "-" + theme.name().toLowerCase() + "-" + size.name().toLowerCase() + "-" + (int) width;
        stage = FxToolkit.registerPrimaryStage();
        ActivityTimer timer = new ActivityTimer(clock, clock);
        AppHarness[] app = new AppHarness[1];
        FxToolkit.setupFixture(() -> {
            app[0] = new AppHarness(stage, home, s -> s.withLanguage(language.tag()).withTheme(theme).withTextSize(size)
                    .withTimerMuted(true), timer);
            stage.setWidth(width);
            stage.setHeight(height);
            var template = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", language)).workshop();
            app[0].main.viewModel().show(new WorkshopDocument(template, null), null);
            app[0].main.window().select(Page.JOURNEY);
            timer.start(new com.motstudio.ui.timer.TimedActivities(new com.motstudio.text.Texts(language)).of("journey").get(3));
            clock.now = clock.now.plus(Duration.ofMinutes(29).plusSeconds(5));
            timer.tick();
        });
        Parent root = stage.getScene().getRoot();
        shoot(stage.getScene(), out.resolve("journey-timer-" + tag + ".png"));
        assertThat(cut(root.lookup("#navigation"))).isEmpty();
        assertThat(cut(root.lookup(".status-bar"))).isEmpty();
        assertThat(cut(root.lookup("#guidance-journey"))).isEmpty();
        assertThat(contrast(root, "timer-last-minute")).as("amber: the last minute").isGreaterThanOrEqualTo(4.5);
        FxToolkit.setupFixture(() -> {
            clock.now = clock.now.plusSeconds(50);
            timer.tick();
            stage.getScene().getRoot().applyCss();
        });
        assertThat(contrast(root, "timer-last-seconds")).as("red: the last ten seconds").isGreaterThanOrEqualTo(4.5);
        FxToolkit.setupFixture(() -> {
            timer.addMinute();
            timer.pause();
        });

        FxToolkit.setupFixture(() -> {
            stage.getScene().getRoot().lookup("#guidance-toggle").getProperties(); // the hide button
            ((javafx.scene.control.Button) stage.getScene().getRoot().lookup("#guidance-toggle")).fire();
            app[0].main.window().select(Page.MOMENTS);
        });
        shoot(stage.getScene(), out.resolve("moments-guidance-hidden-" + tag + ".png"));
        assertThat(stage.getScene().getRoot().lookup("#guidance-moments").getBoundsInLocal().getWidth()).isLessThanOrEqualTo(32);

        for (String item : List.of("menu-timer", "menu-shortcuts", "menu-guide")) {
            MenuItem menuItem = menuItem(stage, item);
            Platform.runLater(menuItem::fire);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
            WaitForAsyncUtils.waitForFxEvents();
            Stage dialog = dialog();
            assertThat(dialog.getWidth()).as(item).isLessThanOrEqualTo(width);
            assertThat(dialog.getHeight()).as(item).isLessThanOrEqualTo(height);
            shoot(dialog.getScene(), out.resolve(item.replace("menu-", "dialog-") + "-" + tag + ".png"));
            List<String> cutInDialog = new ArrayList<>();
            FxToolkit.setupFixture(() -> cutInDialog.addAll(cut(dialog.getScene().getRoot())));
            assertThat(cutInDialog).as(item).isEmpty();
            FxToolkit.setupFixture(dialog::close);
        }

        Stage[] cornerHolder = new Stage[1];
        FxToolkit.setupFixture(() -> {
            Stage corner = new Stage();
            cornerHolder[0] = corner;
            StackPane room = new StackPane(app[0].main.presentationTimer());
            room.setStyle(stage.getScene().getRoot().getStyle());
            corner.setScene(new Scene(room, 520, 280));
            corner.getScene().getStylesheets().addAll(stage.getScene().getStylesheets());
            corner.show();
            timer.resume();
            clock.now = clock.now.plusSeconds(60);
            timer.tick();
        });
        shoot(cornerHolder[0].getScene(), out.resolve("timer-large-last-seconds-" + tag + ".png"));
        FxToolkit.setupFixture(cornerHolder[0]::hide);
    }

    /** The contrast of the status bar's time, in the given phase, with what is behind it (WCAG 2). */
    private static double contrast(Parent root, String phase) throws Exception {
        double[] ratio = new double[1];
        FxToolkit.setupFixture(() -> {
            root.applyCss();
            javafx.scene.control.Label time = (javafx.scene.control.Label) root.lookup("#timer-time");
            assertThat(time.getStyleClass()).contains(phase);
            javafx.scene.layout.Region bar = (javafx.scene.layout.Region) root.lookup(".status-bar");
            Color under = (Color) bar.getBackground().getFills().getFirst().getFill();
            Color back = over((Color) time.getBackground().getFills().getFirst().getFill(), under);
            Color text = over((Color) time.getTextFill(), back);
            double a = luminance(text) + 0.05;
            double b = luminance(back) + 0.05;
            ratio[0] = Math.max(a, b) / Math.min(a, b);
        });
        return ratio[0];
    }

    private static Color over(Color top, Color under) {
        double o = top.getOpacity();
        return Color.color(top.getRed() * o + under.getRed() * (1 - o), top.getGreen() * o + under.getGreen() * (1 - o),
                top.getBlue() * o + under.getBlue() * (1 - o));
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static MenuItem menuItem(Stage stage, String id) {
        MenuBar bar = (MenuBar) ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getTop();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private Stage dialog() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage)
                .map(w -> (Stage) w).findFirst().orElse(null);
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        FxToolkit.setupFixture(() -> shot[0] = scene.snapshot(null));
        Snapshots.writePng(shot[0], file);
    }

    /** The visible labels and buttons under {@code root} whose text is shown shortened. */
    private static List<String> cut(Node root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".labeled")) {
            if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getScene() != null && !labeled.getText().isEmpty()
                    && labeled.lookup(".text") instanceof Text shown && !shown.getText().equals(labeled.getText())
                    && !labeled.isWrapText()) {
                cut.add(labeled.getId() + ": " + labeled.getText() + " shown as " + shown.getText());
            }
        }
        return cut;
    }
}
