package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.room.RoomWorkshop;
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

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Journey and Key moments pages start the room session themselves, as View > Start a room session does. */
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
}
