package com.motstudio.ui.room;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Participant;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;
import com.motstudio.room.Activity;
import com.motstudio.room.ActivityKind;
import com.motstudio.room.RoomAddress;
import com.motstudio.room.RoomLimits;
import com.motstudio.room.RoomQr;
import com.motstudio.room.RoomRecords;
import com.motstudio.room.RoomSnapshotFile;
import com.motstudio.room.RoomWorkshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.testing.FakeDialogs;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facilitator's room screens, driven with simulated phones over real HTTP on 127.0.0.1. */
@ExtendWith(ApplicationExtension.class)
class RoomViewTest {
    static final RoomLimits ROOMY = new RoomLimits(16 * 1024, 200, 5, 10, 1000);
    static final List<RoomAddress> LOOPBACK = List.of(new RoomAddress("lo", "Loopback", InetAddress.getLoopbackAddress(), false));

    @TempDir
    Path folder;
    private final FakeDialogs fake = new FakeDialogs();
    private final SimpleObjectProperty<WorkshopDocument> document = new SimpleObjectProperty<>();
    private Stage main;
    private RoomWindow room;

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        document.set(new WorkshopDocument(RoomWorkshop.thirtyTouchpoints(), null));
    }

    @AfterEach
    void endRoom(FxRobot robot) {
        robot.interact(() -> {
            if (room != null) {
                room.stage().hide();
            }
        });
    }

    private Path snapshotFile() {
        return folder.resolve("recovery-1.mot.json.room.json");
    }

    private RoomViewModel open(FxRobot robot) {
        robot.interact(() -> {
            room = new RoomWindow(main, document, snapshotFile(), ROOMY, LOOPBACK, new Texts(Language.ENGLISH), fake.dialogs());
            room.show();
        });
        return room.viewModel();
    }

    private void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private RoomPhones started(FxRobot robot, RoomViewModel vm) {
        fire(robot, "#room-start");
        return new RoomPhones(text(robot, "#room-address"));
    }

    private String pin(FxRobot robot) {
        return text(robot, "#room-pin").replaceAll("\\D", "");
    }

    @Test
    void theJoinScreenShowsTheQrCodeAddressAndPinAndPhonesJoinWithThem(FxRobot robot) throws Exception {
        RoomViewModel vm = open(robot);
        assertThat(robot.lookup("#room-addresses").queryListView().getItems()).hasSize(1);
        RoomPhones phones = started(robot, vm);
        var session = vm.sessionProperty().get();
        assertThat(text(robot, "#room-address")).matches("http://127\\.0\\.0\\.1:\\d+").isEqualTo("http://127.0.0.1:" + session.port());
        assertThat(pin(robot)).hasSize(6).isEqualTo(session.pin());
        QrCanvas qr = robot.lookup("#room-qr").queryAs(QrCanvas.class);
        RoomQr expected = RoomQr.of(session.joinLink());
        assertThat(qr.size()).isEqualTo(expected.size());
        for (int y = 0; y < expected.size(); y++) {
            for (int x = 0; x < expected.size(); x++) {
                assertThat(qr.dark(x, y)).isEqualTo(expected.dark(x, y));
            }
        }
        assertThat(qr.getWidth()).isGreaterThan(300); // large enough to scan across a room

        phones.join(pin(robot), 3, "");
        robot.interact(vm::refresh);
        assertThat(text(robot, "#room-loads")).isEqualTo("Page loads so far: 0");
        var http = java.net.http.HttpClient.newHttpClient();
        assertThat(http.send(java.net.http.HttpRequest.newBuilder(session.address()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        robot.interact(vm::refresh);
        assertThat(text(robot, "#room-loads")).isEqualTo("Page loads so far: 1");
        assertThat(text(robot, "#room-live")).startsWith("3 joined");
        assertThat(robot.lookup("#room-people").queryListView().getItems()).hasSize(3);

        fire(robot, "#room-end");
        assertThat(room.isShowing()).isFalse();
        assertThat(session.running()).isFalse();
        assertThatThrownBy(() -> phones.join(session.pin(), 1, "")).isInstanceOf(IOException.class);
    }

    @Test
    void anEmotionRoundStaysHiddenUntilRevealThenIsAppliedAsOneUndoStep(FxRobot robot) throws Exception {
        RoomViewModel vm = open(robot);
        RoomPhones phones = started(robot, vm);
        phones.join(pin(robot), 3, "");
        fire(robot, "#room-open");
        Activity activity = vm.activityProperty().get();
        assertThat(activity.kind()).isEqualTo(ActivityKind.EMOTION);
        assertThat(activity.items()).hasSize(30);
        phones.answerAll(activity, (p, i) -> p * 2 - 1); // -1, 1, 3: mean 1
        robot.interact(vm::refresh);
        assertThat(text(robot, "#room-live")).startsWith("3 joined · 3 finished");
        TableView<?> results = robot.lookup("#room-results").queryTableView();
        assertThat(results.getItems()).isEmpty();
        javafx.scene.layout.Region chart = robot.lookup("#room-chart").queryAs(javafx.scene.layout.Region.class);
        assertThat(chart.isVisible()).as("no chart before Reveal").isFalse();
        assertThat(vm.chartProperty().get()).isNull();

        fire(robot, "#room-reveal");
        assertThat(results.getItems()).hasSize(30);
        // the curve for the room in the QR code's place, told in a sentence
        assertThat(chart.isVisible()).isTrue();
        assertThat(robot.lookup("#room-qr").queryAs(javafx.scene.layout.Region.class).isVisible()).isFalse();
        assertThat(vm.chartProperty().get().chart()).isInstanceOf(com.motstudio.report.chart.SpreadChart.class);
        assertThat(chart.getAccessibleText()).startsWith("The room's mean emotion at 30 touchpoints from 3 participants")
                .contains("(standard deviation 1.6)");
        ResultRow first = (ResultRow) results.getItems().getFirst();
        assertThat(first).isEqualTo(new ResultRow("Touchpoint 1", 3, "+1.0", "1.6"));

        fake.askAnswers.add(true);
        fire(robot, "#room-apply");
        Parent preview = fake.panels.getFirst();
        assertThat(((ListView<?>) preview.lookup("#room-preview-changed")).getItems()).hasSize(30)
                .first().hasToString("Touchpoint 1: emotion – → 1");
        WorkshopDocument doc = document.get();
        assertThat(doc.current().journey().touchpoint("tp-1").orElseThrow().emotions())
                .containsExactly(new EmotionScore("ct-citizen", 1));
        assertThat(doc.undoLabel()).contains("room.apply.undo");
        robot.interact(doc::undo);
        assertThat(doc.current()).isEqualTo(RoomWorkshop.thirtyTouchpoints().withInfo(doc.current().info()));
        assertThat(doc.current().journey().touchpoint("tp-1").orElseThrow().emotions()).isEmpty();
        assertThat(doc.canUndo()).isFalse();
    }

    @Test
    void anonymousTraitRatingsAreRecordedPerTableGroup(FxRobot robot) throws Exception {
        RoomViewModel vm = open(robot);
        RoomPhones phones = started(robot, vm);
        phones.join(pin(robot), 2, "grp-1");
        phones.join(pin(robot), 1, "grp-2");
        robot.interact(() -> {
            robot.lookup("#room-kind").queryComboBox().getSelectionModel().select(ActivityKind.TRAITS);
            ComboBox<RoomScope> scope = robot.lookup("#room-scope").queryComboBox();
            scope.getSelectionModel().select(scope.getItems().stream().filter(s -> s.label().startsWith("Stage: Stage 0")).findFirst().orElseThrow());
        });
        fire(robot, "#room-open");
        Activity activity = vm.activityProperty().get();
        assertThat(activity.items()).hasSize(6);
        phones.answerAll(activity, (p, i) -> p == 2 ? 5 : 2 + (p % 2)); // grp-1: 2 and 3 (mean 2.5 rounds to 3), grp-2: 5
        fire(robot, "#room-reveal");
        assertThat(robot.lookup("#room-chart").queryAs(javafx.scene.layout.Region.class).getAccessibleText())
                .startsWith("Scores of 6 touchpoints: highest");
        robot.interact(() -> robot.lookup("#room-anonymous").queryAs(CheckBox.class).setSelected(true));
        fake.askAnswers.add(true);
        fire(robot, "#room-apply");
        Workshop after = document.get().current();
        assertThat(after.keyMoments().ratings()).extracting(TraitRating::raterId).containsOnly("grp-1", "grp-2");
        assertThat(after.keyMoments().ratings()).hasSize(2 * 6 * 6)
                .filteredOn(r -> r.raterId().equals("grp-1")).extracting(TraitRating::value).containsOnly(3);
        assertThat(after.info().participants()).extracting(Participant::id).isEmpty();
    }

    @Test
    void everyAnswerIsKeptInTheSnapshotFileAndASessionRestoredFromItHasTheSameAnswers(FxRobot robot) throws Exception {
        RoomViewModel vm = open(robot);
        RoomPhones phones = started(robot, vm);
        phones.join(pin(robot), 4, "");
        fire(robot, "#room-open");
        Activity activity = vm.activityProperty().get();
        phones.answerAll(activity, (p, i) -> (p + i) % 11 - 5);
        var before = new RoomRecords(vm.sessionProperty().get().state().snapshot(), activity.id()).emotions();
        assertThat(Files.isRegularFile(snapshotFile())).isTrue();
        assertThat(new RoomSnapshotFile(snapshotFile()).read().submissions()).hasSize(4);

        robot.interact(() -> room.stage().hide()); // as a crash would leave it: the file stays
        RoomViewModel again = open(robot);
        CheckBox restore = robot.lookup("#room-restore").queryAs(CheckBox.class);
        assertThat(restore.isVisible()).isTrue();
        assertThat(restore.isSelected()).isTrue();
        assertThat(restore.getText()).contains("4 people");
        started(robot, again);
        var state = again.sessionProperty().get().state();
        assertThat(new RoomRecords(state.snapshot(), activity.id()).emotions()).isEqualTo(before).hasSize(30);
        assertThat(state.live().people()).hasSize(4);
    }

    @Test
    void aWorkshopWithNothingToAskSaysSoAndOpensNothing(FxRobot robot) {
        document.set(new WorkshopDocument(Workshop.blank("en", "Citizen"), null));
        RoomViewModel vm = open(robot);
        started(robot, vm);
        fire(robot, "#room-open");
        assertThat(vm.activityProperty().get()).isNull();
        assertThat(text(robot, "#room-activity-problem")).startsWith("There are no touchpoints to ask about");
        robot.interact(() -> robot.lookup("#room-kind").queryComboBox().getSelectionModel().select(ActivityKind.KANO));
        fire(robot, "#room-open");
        assertThat(vm.activityProperty().get()).isNull();
        assertThat(text(robot, "#room-activity-problem")).startsWith("There is nothing to ask");
        assertThat(vm.sessionProperty().get().state().openActivity()).isEmpty();
    }

    @Test
    void closingOrReplacingTheWorkshopEndsTheSession(FxRobot robot) throws Exception {
        RoomViewModel vm = open(robot);
        RoomPhones phones = started(robot, vm);
        var session = vm.sessionProperty().get();
        robot.interact(() -> document.set(new WorkshopDocument(RoomWorkshop.thirtyTouchpoints(), null)));
        assertThat(room.isShowing()).isFalse();
        assertThat(session.running()).isFalse();
        assertThatThrownBy(() -> phones.join(session.pin(), 1, "")).isInstanceOf(IOException.class);
    }
}
