package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.room.ActivityKind;
import com.motstudio.room.RoomAddress;
import com.motstudio.room.RoomLimits;
import com.motstudio.room.RoomWorkshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.room.RoomPhones;
import com.motstudio.ui.timer.ActivityTimer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import com.motstudio.store.ThemeChoice;
import com.motstudio.ui.room.RoomWindow;
import com.motstudio.ui.shell.Page;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Journey and Key moments pages start the room session themselves, as View > Start a room
 * session does; an opened activity can start the activity timer; the room window follows the app's language.
 */
@ExtendWith(ApplicationExtension.class)
class RoomEntryTest {
    @TempDir
    Path home;
    private AppHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.LIGHT));
        app.main.viewModel().show(new WorkshopDocument(RoomWorkshop.thirtyTouchpoints(), null), null);
    }

    @AfterEach
    void closeRoom(FxRobot robot) throws Exception {
        robot.interact(() -> Platform.runLater(() -> {
            if (app.main.room() != null) {
                app.main.room().stage().hide();
            }
        }));
        AppHarness.fitScreen(stage);
    }

    private Button button(FxRobot robot, String id) {
        Button button = robot.lookup("#" + id).queryButton();
        assertThat(button.getText()).isEqualTo("Start a room session");
        assertThat(button.getWidth()).as("its text is never cut").isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        return button;
    }

    @Test
    void theJourneyPagesButtonOpensTheRoomWindowOnce(FxRobot robot) {
        robot.interact(() -> app.main.window().select(Page.JOURNEY));
        assertThat(app.main.room()).isNull();
        Button start = button(robot, "journey-room");
        robot.interact(start::fire);
        RoomWindow room = app.main.room();
        assertThat(room).isNotNull();
        assertThat(room.isShowing()).isTrue();
        assertThat(robot.lookup("#room-addresses").tryQuery()).isPresent();
        robot.interact(start::fire);
        assertThat(app.main.room()).as("one session at a time").isSameAs(room);
    }

    @Test
    void theKeyMomentsPageOffersItOnTheRateAndDecideTabs(FxRobot robot) {
        robot.interact(() -> {
            AppHarness.projector(stage);
            app.main.window().select(Page.MOMENTS);
        });
        robot.interact(button(robot, "moments-room")::fire);
        RoomWindow room = app.main.room();
        assertThat(room.isShowing()).isTrue();
        robot.interact(() -> room.stage().hide());
        robot.interact(() -> robot.lookup("#moments-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1));
        robot.interact(button(robot, "moments-decide-room")::fire);
        assertThat(app.main.room()).as("a new session after the last one ended").isNotSameAs(room);
        assertThat(app.main.room().isShowing()).isTrue();
    }

    /** A session on 127.0.0.1 in the main window's app, timed by the app's activity timer. */
    private RoomWindow loopbackRoom(FxRobot robot) {
        RoomWindow[] made = new RoomWindow[1];
        robot.interact(() -> {
            made[0] = new RoomWindow(stage, app.main.viewModel().documentProperty(), home.resolve("r.room.json"),
                    new RoomLimits(16 * 1024, 200, 5, 10, 1000),
                    List.of(new RoomAddress("lo", "Loopback", InetAddress.getLoopbackAddress(), false)),
                    new Texts(Language.ENGLISH), app.dialogs(), app.services.timer());
            made[0].show();
            robot.lookup("#room-start").queryButton().fire();
        });
        return made[0];
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void minutesTypedWithAnActivityStartTheActivityTimerUnderItsName(FxRobot robot) {
        RoomWindow room = loopbackRoom(robot);
        ActivityTimer timer = app.services.timer();
        try {
            type(robot, "#room-minutes", "ten");
            robot.interact(() -> robot.lookup("#room-open").queryButton().fire());
            assertThat(room.viewModel().activityProperty().get()).as("bad minutes open nothing").isNull();
            assertThat(label(robot, "#room-activity-problem")).contains("1 to 600");
            assertThat(robot.lookup("#room-minutes").queryAs(TextField.class).getText()).as("what was typed is kept").isEqualTo("ten");
            assertThat(timer.stateProperty().get()).isEqualTo(ActivityTimer.State.IDLE);

            type(robot, "#room-minutes", " 7 ");
            robot.interact(() -> robot.lookup("#room-open").queryButton().fire());
            assertThat(room.viewModel().activityProperty().get().kind()).isEqualTo(ActivityKind.EMOTION);
            assertThat(timer.stateProperty().get()).isEqualTo(ActivityTimer.State.RUNNING);
            assertThat(timer.activityProperty().get().minutes()).isEqualTo(7);
            assertThat(timer.secondsLeftProperty().get()).isBetween(6 * 60L, 7 * 60L);
            assertThat(robot.lookup("#timer-name").queryAs(Label.class).getText()).as("the status bar names it")
                    .isEqualTo("Emotion per touchpoint");

            robot.interact(timer::clear);
            type(robot, "#room-minutes", "");
            robot.interact(() -> robot.lookup("#room-open").queryButton().fire());
            assertThat(timer.stateProperty().get()).as("no minutes: no timer").isEqualTo(ActivityTimer.State.IDLE);
        } finally {
            robot.interact(timer::clear);
            robot.interact(() -> room.stage().hide());
        }
    }

    @Test
    void aLanguageChangeRelabelsTheRoomWindowOpenedFromTheMenu(FxRobot robot) {
        robot.interact(app.main::startRoom);
        RoomWindow room = app.main.room();
        assertThat(room.stage().getTitle()).isEqualTo("Room session");
        robot.interact(() -> app.preferences.update(s -> s.withLanguage("zh-CN")));
        assertThat(app.main.room()).isSameAs(room);
        assertThat(room.isShowing()).isTrue();
        assertThat(room.stage().getTitle()).isEqualTo("现场互动");
        assertThat(robot.lookup("#room-start").queryButton().getText()).isEqualTo("开始互动");
    }

    @Test
    void theRelabelledRoomKeepsItsSessionOpenActivityAndRevealedResult(FxRobot robot) throws Exception {
        RoomWindow room = loopbackRoom(robot);
        try {
            var vm = room.viewModel();
            var session = vm.sessionProperty().get();
            RoomPhones phones = new RoomPhones(label(robot, "#room-address"));
            phones.join(session.pin(), 2, "");
            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                ComboBox<ActivityKind> kind = robot.lookup("#room-kind").queryAs(ComboBox.class);
                kind.setValue(ActivityKind.DOTS);
                robot.lookup("#room-open").queryButton().fire();
            });
            var activity = vm.activityProperty().get();
            phones.answerAll(activity, (p, i) -> i == 0 ? 1 : null);
            robot.interact(() -> robot.lookup("#room-reveal").queryButton().fire());

            robot.interact(() -> room.relabel(new Texts(Language.SIMPLIFIED_CHINESE), app.dialogs()));
            assertThat(room.viewModel().sessionProperty().get()).as("the same session, still running").isSameAs(session);
            assertThat(room.viewModel().activityProperty().get()).isSameAs(activity);
            assertThat(room.stage().getTitle()).isEqualTo("现场互动");
            assertThat(robot.lookup("#room-open").queryButton().getText()).isEqualTo("向全场开放");
            assertThat(label(robot, "#room-pin")).contains(session.pin());
            assertThat(label(robot, "#room-live")).isEqualTo("已加入 2 人 · 已完成 2 人 · 共 2 条答案");
            assertThat(robot.lookup("#room-kind").queryAs(ComboBox.class).getValue()).isEqualTo(ActivityKind.DOTS);
            assertThat(robot.lookup("#room-reveal").queryButton().isDisabled()).as("still revealed").isTrue();
            assertThat(robot.lookup("#room-results").queryTableView().getItems()).isNotEmpty();
            Path out = java.nio.file.Files.createDirectories(Path.of(System.getProperty("mot.buildDir", "target"), "screenshots", "room-entry"));
            robot.interact(() -> {
                room.stage().setWidth(1024);
                room.stage().setHeight(768);
                room.stage().getScene().getRoot().setStyle("-fx-font-size: 17px;");
                room.stage().getScene().getRoot().layout();
            });
            robot.interact(() -> com.motstudio.testing.Snapshots.writePng(room.stage().getScene().snapshot(null),
                    out.resolve("room-relabelled-zh-CN-large.png")));
        } finally {
            robot.interact(() -> room.stage().hide());
        }
    }
}
