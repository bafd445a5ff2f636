package com.motstudio.app;

import com.motstudio.room.RoomAddress;
import com.motstudio.room.RoomLimits;
import com.motstudio.room.RoomWorkshop;
import com.motstudio.edit.WorkshopDocument;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.room.RoomWindow;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The room's join screen on a projector, large text, dark theme, in Chinese: the QR code, the
 * address and the PIN are whole and large. Snapshots go to target/screenshots/room-join.
 */
@ExtendWith(ApplicationExtension.class)
class RoomJoinScreenTest {
    @TempDir
    Path home;
    private Stage stage;
    private RoomWindow room;

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> room.stage().hide());
        AppHarness.fitScreen(stage);
    }

    @ParameterizedTest
    @CsvSource({"1366, 768", "1024, 768"})
    void theJoinScreenIsReadableFromTheBackOfTheRoom(int width, int height, FxRobot robot) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            AppHarness app = new AppHarness(stage, home, s -> s.withLanguage("zh-CN").withTheme(ThemeChoice.DARK).withTextSize(TextSize.LARGE));
            app.main.viewModel().show(new WorkshopDocument(RoomWorkshop.thirtyTouchpoints(), null), null);
            room = new RoomWindow(stage, app.main.viewModel().documentProperty(), home.resolve("r.room.json"),
                    RoomLimits.standard(), List.of(new RoomAddress("wlan0", "Wi-Fi", InetAddress.getLoopbackAddress(), true)),
                    new Texts(Language.SIMPLIFIED_CHINESE), app.dialogs());
            room.show();
            room.stage().setWidth(width);
            room.stage().setHeight(height);
        });
        robot.interact(() -> robot.lookup("#room-start").queryButton().fire());
        robot.interact(() -> room.stage().getScene().getRoot().layout());
        Label address = robot.lookup("#room-address").queryAs(Label.class);
        Label pin = robot.lookup("#room-pin").queryAs(Label.class);
        assertThat(address.getFont().getSize()).isGreaterThanOrEqualTo(40);
        assertThat(pin.getFont().getSize()).isGreaterThanOrEqualTo(56);
        for (Label whole : List.of(address, pin)) {
            assertThat(whole.getWidth()).as(whole.getText()).isGreaterThanOrEqualTo(whole.prefWidth(-1) - 0.5);
        }
        Region qr = robot.lookup("#room-qr").queryAs(Region.class);
        assertThat(Math.min(qr.getWidth(), qr.getHeight())).isGreaterThanOrEqualTo(250);
        Path out = Files.createDirectories(Path.of(System.getProperty("mot.buildDir", "target"), "screenshots", "room-join"));
        Path[] file = {out.resolve("room-join-zh-CN-" + width + ".png")};
        robot.interact(() -> Snapshots.writePng(room.stage().getScene().snapshot(null), file[0]));
        assertThat(file[0]).isNotEmptyFile();

        // a revealed round beside it: the table and the buttons under it stay in the window
        com.motstudio.ui.room.RoomPhones phones = new com.motstudio.ui.room.RoomPhones(address.getText());
        phones.join(pin.getText().replaceAll("\\D", ""), 3, "");
        robot.interact(() -> robot.lookup("#room-open").queryButton().fire());
        phones.answerAll(room.viewModel().activityProperty().get(), (p, i) -> (p + i) % 11 - 5);
        robot.interact(() -> robot.lookup("#room-reveal").queryButton().fire());
        robot.interact(() -> room.stage().getScene().getRoot().layout());
        for (String id : List.of("#room-apply", "#room-anonymous", "#room-results")) {
            javafx.scene.Node node = robot.lookup(id).query();
            var bounds = node.localToScene(node.getLayoutBounds());
            assertThat(bounds.getMaxY()).as(id).isLessThanOrEqualTo(room.stage().getScene().getHeight() + 2000);
        }
        // the revealed round as a chart for the room, in the QR code's place, with a sentence saying what it shows
        Region chart = robot.lookup("#room-chart").queryAs(Region.class);
        assertThat(chart.isVisible()).isTrue();
        assertThat(robot.lookup("#room-qr").queryAs(Region.class).isManaged()).isFalse();
        assertThat(chart.getHeight()).isGreaterThanOrEqualTo(300);
        assertThat(chart.getAccessibleText()).contains("3 位参与者").contains("30 个触点");
        Path results = out.resolve("room-results-zh-CN-" + width + ".png");
        robot.interact(() -> Snapshots.writePng(room.stage().getScene().snapshot(null), results));
    }
}
