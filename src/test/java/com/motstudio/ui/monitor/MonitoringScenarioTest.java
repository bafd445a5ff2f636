package com.motstudio.ui.monitor;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.method.monitor.FollowUps;
import com.motstudio.method.monitor.RoundComparison;
import com.motstudio.method.monitor.Verdict;
import com.motstudio.model.FeedbackChannel;
import com.motstudio.model.FollowUpStatus;
import com.motstudio.model.ReviewRound;
import com.motstudio.testing.FakeDialogs;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.TaskRunner;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service-window team takes the planned government hall through three monthly rounds
 * (September to November 2026): each month the KPI values typed in, two audit days at four counters
 * each entered key by key, feedback logged with the follow-ups of bad reviews, and the round closed
 * with the moments re-scored; then round 3 is compared with round 1. The counters get better month
 * by month (fewer failures drawn), as a team that acts on its audits would. Screenshots go to
 * {@code -Dmot.screenshots=docs/screenshots}.
 */
class MonitoringScenarioTest {
    private static final String[][] KPI_VALUES = {{"24", "81", "3.2"}, {"19.5", "86", "2.4"}, {"15", "91", "1.6"}};
    private static final double[] FAIL_SHARE = {0.3, 0.18, 0.07};
    /** Feedback per month (7 + 7 + 6 = 20): ratings on the five levels. */
    private static final int[][] RATINGS = {{5, 2, 4, 1, 5, 3, 2}, {5, 4, 2, 5, 4, 5, 1}, {5, 5, 4, 2, 5, 4}};
    private static final String[] MOMENTS = {"mo-reception", "mo-queue", "mo-check", "mo-complaint"};

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"SIMPLIFIED_CHINESE", "ENGLISH"})
    void threeMonthlyRoundsComparedRoundThreeWithRoundOne(Language language) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkshopDocument document = new WorkshopDocument(PlannedHall.create(language), null);
        AtomicReference<LocalDate> today = new AtomicReference<>(LocalDate.of(2026, 9, 1));
        MonitorView[] view = new MonitorView[1];
        FxToolkit.setupFixture(() -> {
            view[0] = new MonitorView(new MonitorViewModel(document, today::get), new Texts(language),
                    new FakeDialogs().dialogs(), TaskRunner.IMMEDIATE, () -> Path.of("."));
            stage.setScene(new Scene(view[0].root(), 1000, 760));
            stage.show();
        });
        FxRobot robot = new FxRobot();
        Random random = new Random(11);
        for (int month = 0; month < 3; month++) {
            LocalDate first = LocalDate.of(2026, 9 + month, 1);
            today.set(first.plusDays(27));
            measure(robot, first.plusDays(24), KPI_VALUES[month]);
            for (int day = 0; day < 2; day++) {
                for (int counter = 1; counter <= 4; counter++) {
                    audit(robot, first.plusDays(8 + 10 * day), counter, random, FAIL_SHARE[month], day == 0 && counter == 1);
                }
            }
            feedback(robot, first, RATINGS[month]);
            moveActions(robot, month);
            if (month == 2) {
                today.set(LocalDate.of(2026, 12, 10)); // the screenshots are taken ten days after the last round
            }
            closeRound(robot, first.plusMonths(1).minusDays(1), 55 + 10 * month);
        }
        List<ReviewRound> rounds = document.current().monitoring().rounds();
        assertThat(rounds).hasSize(3);
        assertThat(document.current().monitoring().audits()).hasSize(24);
        assertThat(document.current().monitoring().feedback()).hasSize(20);
        assertThat(document.current().monitoring().measurements()).hasSize(9);
        assertThat(rounds).extracting(ReviewRound::feedbackCount).containsExactly(7, 7, 6);
        assertThat(rounds).extracting(ReviewRound::badReviewCount).containsExactly(3, 2, 1);
        assertThat(rounds.get(2).compliancePercent()).isGreaterThan(rounds.get(0).compliancePercent());
        // one bad review of November is left open past its deadline
        assertThat(new FollowUps(document.current().monitoring()).overdue(LocalDate.of(2026, 12, 10))).hasSize(1);
        var rows = RoundComparison.of(document.current(), rounds.get(0), rounds.get(2));
        assertThat(rows.stream().filter(r -> r.kind() == RoundComparison.Kind.KPI)).allMatch(r -> r.verdict() == Verdict.IMPROVED);
        assertThat(document.current().plan().actions()).filteredOn(a -> a.status() == com.motstudio.model.ActionStatus.DONE)
                .extracting(com.motstudio.model.ImprovementAction::id)
                .containsExactlyInAnyOrder("ac-screen", "ac-list", "ac-greeter", "ac-training");

        robot.clickOn("#monitor-tab-rounds");
        ComboBox<ReviewRound> before = robot.lookup("#compare-before").queryAs(ComboBox.class);
        ComboBox<ReviewRound> after = robot.lookup("#compare-after").queryAs(ComboBox.class);
        robot.interact(() -> {
            before.setValue(before.getItems().get(0));
            after.setValue(after.getItems().get(2));
        });
        TableView<Comparisons.Line> table = robot.lookup("#compare-table").queryAs(TableView.class);
        assertThat(table.getItems()).anyMatch(l -> l.verdict() == Verdict.IMPROVED);
        shot(robot, view[0], "monitor-rounds-" + language.tag() + ".png");
        today.set(LocalDate.of(2026, 12, 10));
        for (String tab : List.of("overview", "measurements", "audits", "compliance", "feedback", "actions")) {
            robot.clickOn("#monitor-tab-" + tab);
            shot(robot, view[0], "monitor-" + tab + "-" + language.tag() + ".png");
        }
        FxToolkit.setupFixture(stage::hide);
    }

    private static void measure(FxRobot robot, LocalDate day, String[] values) {
        robot.clickOn("#monitor-tab-measurements");
        TableView<?> kpis = robot.lookup("#measure-kpis").queryAs(TableView.class);
        for (int k = 0; k < values.length; k++) {
            int at = k;
            robot.interact(() -> kpis.getSelectionModel().clearAndSelect(at));
            robot.interact(() -> robot.lookup("#measure-date").queryAs(TextField.class).setText(day.toString()));
            robot.clickOn("#measure-value").write(values[k]).type(KeyCode.ENTER);
        }
    }

    /**
     * One audit of every standard at a counter. The first of each month is typed key by key through the
     * robot; the others send the same key presses straight to the checklist (the robot types slowly).
     */
    private static void audit(FxRobot robot, LocalDate day, int counter, Random random, double failShare, boolean typed) {
        robot.clickOn("#monitor-tab-audits");
        robot.interact(() -> {
            robot.lookup("#audit-date").queryAs(TextField.class).setText(day.toString());
            robot.lookup("#audit-auditor").queryAs(TextField.class).setText(counter % 2 == 0 ? "Wang" : "Chen");
            robot.lookup("#audit-location").queryAs(TextField.class).setText("Hall A");
            robot.lookup("#audit-counter").queryAs(TextField.class).setText(String.valueOf(counter));
        });
        robot.clickOn("#audit-start");
        TableView<?> grid = robot.lookup("#audit-grid").queryAs(TableView.class);
        int items = grid.getItems().size();
        List<KeyCode> keys = new java.util.ArrayList<>();
        for (int i = 0; i < items; i++) {
            double draw = random.nextDouble();
            keys.add(draw < failShare ? KeyCode.F : draw > 0.96 ? KeyCode.N : KeyCode.P);
        }
        if (typed) {
            keys.forEach(robot::type);
        } else {
            robot.interact(() -> keys.forEach(k -> grid.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", k,
                    false, false, false, false))));
        }
        assertThat(grid.getSelectionModel().getSelectedIndex()).isEqualTo(items - 1);
    }

    /** The monthly stand-up at the board: cards moved by keyboard and by dragging. */
    private static void moveActions(FxRobot robot, int month) {
        robot.clickOn("#monitor-tab-actions");
        switch (month) {
            case 0 -> {
                robot.clickOn("#card-ac-screen");
                robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
            }
            case 1 -> {
                robot.drag("#card-ac-list").dropTo("#board-DONE");
                robot.drag("#card-ac-greeter").dropTo("#board-IN_PROGRESS");
                robot.drag("#card-ac-training").dropTo("#board-IN_PROGRESS");
            }
            default -> {
                robot.drag("#card-ac-greeter").dropTo("#board-DONE");
                robot.drag("#card-ac-training").dropTo("#board-DONE");
                robot.drag("#card-ac-callback").dropTo("#board-IN_PROGRESS");
            }
        }
    }

    private static void feedback(FxRobot robot, LocalDate first, int[] ratings) {
        robot.clickOn("#monitor-tab-feedback");
        FeedbackChannel[] channels = FeedbackChannel.values();
        for (int i = 0; i < ratings.length; i++) {
            int at = i;
            robot.interact(() -> {
                robot.lookup("#feedback-date").queryAs(TextField.class).setText(first.plusDays(2 + 3 * at).toString());
                robot.lookup("#feedback-channel").queryAs(ComboBox.class).setValue(channels[at % channels.length]);
                robot.lookup("#feedback-moment").queryAs(ComboBox.class).setValue(MOMENTS[at % MOMENTS.length]);
                robot.lookup("#feedback-rating").queryAs(TextField.class).setText(String.valueOf(ratings[at]));
                robot.lookup("#feedback-text").queryAs(TextField.class).setText("#" + (at + 1));
                robot.lookup("#feedback-handler").queryAs(TextField.class).setText("Li");
            });
            press(robot, "#feedback-add");
        }
        // settle each bad review of the month but the last one logged in November
        TableView<com.motstudio.model.Feedback> log = robot.lookup("#feedback-log").queryAs(TableView.class);
        List<com.motstudio.model.Feedback> open = log.getItems().stream()
                .filter(f -> FollowUps.isBad(f) && f.followUp() != null && f.followUp().status() == FollowUpStatus.OPEN).toList();
        for (var f : open) {
            if (first.getMonthValue() == 11 && f.equals(open.getFirst())) {
                continue; // the newest (listed first) stays open
            }
            robot.interact(() -> log.getSelectionModel().select(f));
            robot.interact(() -> {
                robot.lookup("#followup-rectification").queryAs(javafx.scene.control.TextInputControl.class).setText("Called back, fixed");
                robot.lookup("#followup-fix-rating").queryAs(TextField.class).setText("4");
                robot.lookup("#followup-status").queryAs(ComboBox.class).setValue(FollowUpStatus.CLOSED);
                robot.lookup("#followup-closed").queryAs(TextField.class).setText(f.date().plusDays(3).toString());
            });
            press(robot, "#followup-save");
        }
    }

    private static void closeRound(FxRobot robot, LocalDate day, int score) {
        robot.clickOn("#monitor-tab-rounds");
        robot.interact(() -> {
            robot.lookup("#round-date").queryAs(TextField.class).setText(day.toString());
            for (int i = 0; i < MOMENTS.length; i++) {
                robot.lookup("#round-score-" + MOMENTS[i]).queryAs(TextField.class).setText(String.valueOf(score + 3 * i));
            }
        });
        robot.clickOn("#round-close");
    }

    private static void shot(FxRobot robot, MonitorView view, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of(System.getProperty("mot.screenshots", System.getProperty("mot.buildDir", "target") + "/screenshots"));
        Files.createDirectories(out);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view.root().getScene().snapshot(null));
        Snapshots.writePng(image[0], out.resolve(name));
    }

    /**
     * Presses a button of the form as the keyboard would: the form column scrolls, and where the
     * window is placed on the 1000 px headless screen differs from test to test, so no mouse.
     */
    private static void press(org.testfx.api.FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryButton().fire());
    }
}
