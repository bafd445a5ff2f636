package com.motstudio.app;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.DotVote;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;
import com.motstudio.room.Activity;
import com.motstudio.room.ActivityKind;
import com.motstudio.room.RoomAddress;
import com.motstudio.room.RoomLimits;
import com.motstudio.room.RoomWorkshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.ThemeChoice;
import com.motstudio.text.Texts;
import com.motstudio.ui.room.ResultRow;
import com.motstudio.ui.room.RoomPhones;
import com.motstudio.ui.room.RoomViewModel;
import com.motstudio.ui.room.RoomWindow;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A classroom in the real main window: 30 simulated phones join over HTTP and complete an emotion
 * round, a trait-rating round and a dot vote; each is revealed and applied (one undo step each);
 * the workshop is saved, reopened and holds the room's values.
 */
@ExtendWith(ApplicationExtension.class)
class RoomClassroomTest {
    private static final int PHONES = 30;
    @TempDir
    Path home;
    private AppHarness app;
    private Stage stage;
    private RoomWindow room;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.LIGHT));
        app.main.viewModel().show(new WorkshopDocument(RoomWorkshop.thirtyTouchpoints(), null), null);
    }

    @AfterEach
    void closeRoom(FxRobot robot) throws Exception {
        robot.interact(() -> Platform.runLater(() -> {
            if (room != null) {
                room.stage().hide();
            }
        }));
        AppHarness.fitScreen(stage);
    }

    private static int emotion(int phone, int item) {
        return (phone + item) % 11 - 5;
    }

    @Test
    void thirtyPhonesRateVoteAndTheResultsAreAppliedSavedAndReopened(FxRobot robot) throws Exception {
        openRoom(robot, home.resolve("own.mot.json.room.json"));
        RoomViewModel vm = room.viewModel();
        fire(robot, "#room-start");
        RoomPhones phones = new RoomPhones(label(robot, "#room-address"));
        phones.join(label(robot, "#room-pin").replaceAll("\\D", ""), PHONES, "");

        Activity emotions = round(robot, vm, phones, ActivityKind.EMOTION, "All touchpoints", (p, i) -> emotion(p, i));
        assertThat(results(robot).getFirst().answers()).isEqualTo(PHONES);
        applyAndConfirm(robot);

        Activity traits = round(robot, vm, phones, ActivityKind.TRAITS, "Stage: Stage 1", (p, i) -> 1 + p % 5);
        assertThat(traits.items()).hasSize(6);
        assertThat(results(robot)).hasSize(6).allSatisfy(r -> assertThat(r.answers()).isEqualTo(PHONES));
        applyAndConfirm(robot);

        round(robot, vm, phones, ActivityKind.DOTS, "All touchpoints", (p, i) -> i == p % 3 ? 1 : null);
        assertThat(results(robot).subList(0, 4)).extracting(ResultRow::figure).containsExactly("10", "10", "10", "0");
        applyAndConfirm(robot);

        WorkshopDocument doc = app.main.viewModel().document();
        Workshop applied = doc.current();
        robot.interact(doc::undo); // the dot vote is one step
        assertThat(doc.current().keyMoments().votes()).isEmpty();
        assertThat(doc.current().keyMoments().ratings()).hasSize(PHONES * 6 * 6);
        robot.interact(doc::redo);
        assertThat(doc.current()).isEqualTo(applied);

        Path saved = home.resolve("classroom.mot.json");
        app.dialogs().toSave.add(saved);
        robot.interact(() -> app.main.viewModel().saveAs(() -> { }));
        Workshop reopened = ((LoadResult.Loaded) app.store.open(saved)).workshop();
        for (int i = 0; i < emotions.items().size(); i++) {
            int item = i;
            double mean = IntStream.range(0, PHONES).map(p -> emotion(p, item)).average().orElseThrow();
            Touchpoint t = reopened.journey().touchpoint(emotions.items().get(i).id()).orElseThrow();
            assertThat(t.emotions()).containsExactly(new EmotionScore("ct-citizen", (int) Math.round(mean)));
        }
        assertThat(reopened.info().participants()).hasSize(PHONES);
        String first = reopened.info().participants().getFirst().id();
        assertThat(reopened.keyMoments().ratings()).hasSize(PHONES * 6 * 6)
                .filteredOn(r -> r.raterId().equals(first)).extracting(TraitRating::value).containsOnly(1);
        assertThat(reopened.keyMoments().votes()).hasSize(PHONES).extracting(DotVote::count).containsOnly(1);
        assertThat(reopened.keyMoments().votes()).extracting(DotVote::touchpointId).containsOnly("tp-1", "tp-2", "tp-3");
    }

    @Test
    void afterACrashTheRecoveredWorkshopsRoomSessionContinuesWithEveryAnswerReceived(FxRobot robot) throws Exception {
        Path roomFile = RoomWindow.snapshotBeside(app.recovery.ownCopy());
        openRoom(robot, roomFile);
        RoomViewModel vm = room.viewModel();
        fire(robot, "#room-start");
        RoomPhones phones = new RoomPhones(label(robot, "#room-address"));
        phones.join(label(robot, "#room-pin").replaceAll("\\D", ""), 5, "");
        fire(robot, "#room-open");
        Activity activity = vm.activityProperty().get();
        phones.answerAll(activity, (p, i) -> emotion(p, i));
        var received = new com.motstudio.room.RoomRecords(vm.sessionProperty().get().state().snapshot(), activity.id()).emotions();
        app.recovery.write(app.main.viewModel().document().current(), null, java.time.Instant.parse("2026-12-07T09:30:00Z"));
        // the app dies: its files stay in the recovery folder under a process that is gone
        robot.interact(() -> room.stage().hide());
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path folder = app.folders.recoveryDir();
        long own = ProcessHandle.current().pid();
        for (String suffix : List.of(".mot.json", ".json", ".mot.json.room.json")) {
            java.nio.file.Files.move(folder.resolve("recovery-" + own + suffix), folder.resolve("recovery-" + gone.pid() + suffix));
        }

        Platform.runLater(() -> app.main.afterShown(null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dialog-yes").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#dialog-yes").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(roomFile).isRegularFile();
        openRoom(robot, roomFile);
        assertThat(robot.lookup("#room-restore").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        fire(robot, "#room-start");
        var state = room.viewModel().sessionProperty().get().state();
        assertThat(new com.motstudio.room.RoomRecords(state.snapshot(), activity.id()).emotions()).isEqualTo(received).hasSize(30);
    }

    private void openRoom(FxRobot robot, Path snapshotFile) {
        robot.interact(() -> {
            room = new RoomWindow(stage, app.main.viewModel().documentProperty(), snapshotFile,
                    new RoomLimits(16 * 1024, 200, 5, 10, 1000),
                    List.of(new RoomAddress("lo", "Loopback", InetAddress.getLoopbackAddress(), false)),
                    new Texts(com.motstudio.text.Language.ENGLISH), app.dialogs());
            room.show();
        });
    }

    @Test
    void theViewMenuStartsARoomSessionAndNoAddressMeansAClearMessage(FxRobot robot) {
        MenuItem item = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-room".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo("Start a room session…");
        robot.interact(item::fire);
        room = app.main.room();
        assertThat(room.isShowing()).isTrue();
        boolean none = robot.lookup("#room-addresses").queryListView().getItems().isEmpty();
        assertThat(robot.lookup("#room-start").queryButton().isDisabled()).isEqualTo(none);
        robot.interact(item::fire); // once only
        assertThat(app.main.room()).isSameAs(room);
    }

    @Test
    void rInPresentationModeOpensTheRoomSessionAboveTheSlides(FxRobot robot) {
        robot.interact(app.main::present);
        javafx.stage.Window slides = app.main.presentation().window();
        robot.interact(() -> javafx.event.Event.fireEvent(slides.getScene().getRoot(), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "r", "r", javafx.scene.input.KeyCode.R, false, false, false, false)));
        room = app.main.room();
        assertThat(room.isShowing()).isTrue();
        assertThat(room.stage().getOwner()).isSameAs(slides);
        assertThat(room.stage().getScene().getRoot().getStyle()).isEqualTo(stage.getScene().getRoot().getStyle());
        robot.interact(() -> app.main.presentation().close());
    }

    private Activity round(FxRobot robot, RoomViewModel vm, RoomPhones phones, ActivityKind kind, String scope,
                           java.util.function.BiFunction<Integer, Integer, Integer> value) throws Exception {
        robot.interact(() -> {
            robot.lookup("#room-kind").queryComboBox().getSelectionModel().select(kind);
            ComboBox<Object> scopes = robot.lookup("#room-scope").queryComboBox();
            scopes.getSelectionModel().select(scopes.getItems().stream().filter(s -> s.toString().startsWith(scope)).findFirst().orElseThrow());
        });
        fire(robot, "#room-open");
        Activity activity = vm.activityProperty().get();
        phones.answerAll(activity, value);
        robot.interact(vm::refresh);
        assertThat(label(robot, "#room-live")).startsWith(PHONES + " joined · " + PHONES + " finished");
        assertThat(results(robot)).isEmpty();
        fire(robot, "#room-reveal");
        return activity;
    }

    @SuppressWarnings("unchecked")
    private List<ResultRow> results(FxRobot robot) {
        return robot.lookup("#room-results").queryAs(TableView.class).getItems();
    }

    private void applyAndConfirm(FxRobot robot) throws Exception {
        Platform.runLater(() -> robot.lookup("#room-apply").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#room-preview-summary").tryQuery().isPresent());
        assertThat(label(robot, "#room-preview-summary")).isEqualTo("Answers of 30 participants go into the workshop.");
        robot.interact(() -> robot.lookup("#dialog-ok").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
