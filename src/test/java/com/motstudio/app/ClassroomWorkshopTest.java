package com.motstudio.app;

import com.motstudio.model.Audit;
import com.motstudio.model.AuditOutcome;
import com.motstudio.model.AuditResult;
import com.motstudio.model.Feedback;
import com.motstudio.model.FeedbackChannel;
import com.motstudio.model.FollowUpStatus;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;
import com.motstudio.report.pdf.DocumentKind;
import com.motstudio.store.TextSize;
import com.motstudio.store.ThemeChoice;
import com.motstudio.testing.LayoutAudit;
import org.openpdf.text.pdf.PdfReader;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new facilitator runs a whole workshop on a 1024 × 768 classroom projector, with large text, the
 * dark theme and the app in 简体中文: from the government-hall template through the four steps
 * (a touchpoint and its emotions, ratings and dots, moments decided, a SERVQUAL answer, a standard
 * and an action, an audit and a bad review followed up), an action plan exported as PDF, and the
 * workshop saved, closed and opened again with everything typed still there. Every step is done
 * through the window's controls, audited by {@link LayoutAudit} and pictured in
 * {@code target/classroom/}.
 */
@ExtendWith(ApplicationExtension.class)
@SuppressWarnings("unchecked") // the lookups give raw tables and lists
class ClassroomWorkshopTest {
    private static final String TITLE = "政务大厅关键时刻工作坊";
    /** The group's ratings of the six traits, typed as digits. */
    private static final Integer[] RATINGS = {5, 4, 5, 3, 4, 5};
    private static final String PARTICIPANT = "王敏";
    private static final String TOUCHPOINT = "扫码预约取号";
    private static final String REASON = "群众第一次接触大厅服务";
    private static final String REASON_2 = "办事指南是否看得懂";
    private static final String STANDARD = "取号引导标准";
    private static final String BEHAVIOUR = "导办员主动询问办理事项";
    private static final String CRITERION = "三十秒内上前问候";
    private static final String BEHAVIOUR_2 = "一次告知所需材料";
    private static final String CRITERION_2 = "无二次补件";
    private static final String ACTION = "取号机旁设引导员";
    private static final String OWNER = "张丽";
    private static final LocalDate DUE = LocalDate.of(2027, 1, 15);
    private static final String AUDITOR = "陈刚";
    private static final String REVIEW = "取号机坏了没人管";
    private static final String FIX = "当天修好并增派引导员";
    private static final LocalDate CLOSED = LocalDate.of(2026, 12, 10);

    @TempDir
    Path home;

    private Stage stage;
    private AppHarness app;
    private FxRobot robot;
    private WindowUser user;
    
    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, home, s -> s.withTheme(ThemeChoice.DARK).withTextSize(TextSize.LARGE).withLanguage("zh-CN"));
        AppHarness.projector(stage);
    }

    @AfterEach
    void fitTheScreenAgain() throws Exception {
        AppHarness.fitScreen(stage);
    }

    @Test
    void aNewFacilitatorRunsEveryStepOnTheProjectorAndFindsItAllAgain(FxRobot robot) throws Exception {
        this.robot = robot;
        user = new WindowUser(robot, stage, "classroom");
        user.check("start");
        newFromTemplate();
        journey();
        String moment = keyMoments();
        plan(moment);
        monitor(moment);
        Path pdf = export();
        Path file = saveAndReopen();

        assertThat(user.problems()).as("layout problems met on the way (pictures in target/classroom)").isEmpty();
        Workshop w = workshop();
        assertThat(app.main.viewModel().document().file()).contains(file);
        assertEverythingTyped(w, moment);
        assertThat(pdf).exists();
        // what the user sees after reopening, not only what the file holds
        user.page("workshop");
        assertThat(user.text("#setup-title")).isEqualTo(TITLE);
        user.page("monitor");
        user.tab("#monitor-tabs", "monitor-tab-feedback");
        chooseReview();
        assertThat(user.text("#followup-rectification")).isEqualTo(FIX);
        user.check("reopened-followup");
    }

    /** Start view ▸ new from template ▸ the government hall in Chinese; the workshop named. */
    private void newFromTemplate() throws Exception {
        Button fromTemplate = robot.lookup("#start-template").queryButton();
        Platform.runLater(fromTemplate::fire); // the chooser waits for its answer: not inside interact
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#template-sectors").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<String> sectors = robot.lookup("#template-sectors").queryAs(ListView.class);
        robot.interact(() -> sectors.getSelectionModel().select("government"));
        robot.interact(sectors::requestFocus);
        user.checkWindow(sectors.getScene(), "template-chooser");
        robot.interact(() -> robot.lookup("#dialog-ok").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#setup-title").tryQuery().isPresent());
        assertThat(workshop().info().sector()).isEqualTo("government");
        assertThat(workshop().info().language()).isEqualTo("zh-CN");
        user.type("#setup-title", TITLE, KeyCode.ENTER);
        assertThat(workshop().info().title()).isEqualTo(TITLE);
        user.fire("#setup-add-participant");
        user.type("#setup-participant-name-0", PARTICIPANT, KeyCode.ENTER);
        assertThat(workshop().info().participants()).extracting(p -> p.name()).containsExactly(PARTICIPANT);
        user.check("workshop");
    }

    /** A touchpoint captured in the first stage, and how the second customer type feels there. */
    private void journey() throws Exception {
        user.page("journey");
        user.write("#journey-capture", TOUCHPOINT, KeyCode.ENTER);
        Touchpoint tp = touchpoint(workshop());
        TableView<Touchpoint> table = robot.lookup("#journey-touchpoints").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(t -> t.id().equals(tp.id())).findFirst().orElseThrow()));
        user.check("journey-touchpoint");
        Slider second = robot.lookup("#journey-tp-emotion-1").queryAs(Slider.class);
        user.focus(second);
        robot.type(KeyCode.MINUS).type(KeyCode.DIGIT3);
        String type = workshop().customerTypes().get(1).id();
        assertThat(touchpoint(workshop()).emotionOf(type)).contains(-3);
        user.check("journey-emotion");
    }

    /**
     * Step 2: a group rates the new touchpoint's six traits and gives it two dots, it and another
     * touchpoint are confirmed as moments of truth, and one SERVQUAL questionnaire is begun.
     * @return the id of the new touchpoint's moment
     */
    private String keyMoments() throws Exception {
        user.page("moments");
        user.tab("#moments-tabs", "moments-tab-rate");
        user.fire("#moments-add-group");
        TableView<Touchpoint> grid = robot.lookup("#moments-grid").queryAs(TableView.class);
        int row = rowOf(grid);
        robot.interact(() -> {
            grid.scrollTo(row);
            grid.getSelectionModel().clearAndSelect(row, grid.getColumns().get(1 + 2)); // the first trait
        });
        user.focus(grid);
        java.util.Arrays.stream(RATINGS).forEach(digit -> robot.type(KeyCode.valueOf("DIGIT" + digit)));
        // the participant gives the touchpoint two of her dots
        user.choose("#moments-rater", workshop().info().participants().getFirst().id());
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(row, grid.getColumns().get(2))); // the dots
        user.focus(grid);
        robot.type(KeyCode.DIGIT2);
        String tp = touchpoint(workshop()).id();
        assertThat(workshop().keyMoments().ratings()).filteredOn(r -> r.touchpointId().equals(tp))
                .extracting(TraitRating::value).containsExactly(RATINGS);
        assertThat(workshop().keyMoments().votes()).filteredOn(v -> v.touchpointId().equals(tp))
                .singleElement().extracting(v -> v.count()).isEqualTo(2);
        user.check("moments-rate");

        user.tab("#moments-tabs", "moments-tab-decide");
        TableView<?> rank = robot.lookup("#moments-ranking").queryAs(TableView.class);
        decide(rank, tp, REASON);
        String other = workshop().journey().touchpoints().stream().filter(t -> !t.id().equals(tp)).findFirst().orElseThrow().id();
        decide(rank, other, REASON_2);
        assertThat(workshop().keyMoments().moments()).extracting(MomentOfTruth::touchpointId).contains(tp, other);
        user.check("moments-decide");

        user.tab("#moments-tabs", "moments-tab-data");
        user.tab("#moments-data-tabs", "moments-data-servqual");
        user.fire("#moments-servqual-standard");
        user.fire("#moments-servqual-respondent-add");
        TableView<?> answers = robot.lookup("#moments-servqual-answers").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        user.focus(answers);
        robot.type(KeyCode.DIGIT6, KeyCode.DIGIT4);
        var response = workshop().keyMoments().servqual().responses();
        assertThat(response).singleElement().satisfies(r -> assertThat(r.answers()).singleElement()
                .satisfies(a -> assertThat(List.of(a.expectation(), a.perception())).containsExactly(6, 4)));
        user.check("moments-servqual");
        return momentOf(workshop(), tp).id();
    }

    /** Chooses the touchpoint's row in the ranking, types the reason and confirms it as a moment of truth. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void decide(TableView rank, String touchpoint, String reason) throws Exception {
        Object row = rank.getItems().stream().filter(r -> touchpointOf(r).id().equals(touchpoint)).findFirst().orElseThrow();
        robot.interact(() -> {
            rank.scrollTo(row);
            rank.getSelectionModel().select(row);
        });
        user.type("#moments-reason", reason, null);
        user.fire("#moments-confirm");
    }

    /** Step 3: a service standard with one check item, and an action with owner and due date. */
    private void plan(String moment) throws Exception {
        user.page("plan");
        user.tab("#plan-tabs", "plan-tab-moments");
        ListView<MomentOfTruth> moments = robot.lookup("#plan-moments").queryAs(ListView.class);
        robot.interact(() -> moments.getSelectionModel().select(moments.getItems().stream()
                .filter(m -> m.id().equals(moment)).findFirst().orElseThrow()));
        user.fire("#plan-standard-add");
        WaitForAsyncUtils.waitForFxEvents();
        // the keyboard is in the new standard's first check item: behaviour, Enter, criterion, Enter for the next
        user.typeHere(BEHAVIOUR, KeyCode.ENTER);
        user.typeHere(CRITERION, KeyCode.ENTER);
        user.typeHere(BEHAVIOUR_2, KeyCode.ENTER);
        user.typeHere(CRITERION_2, KeyCode.TAB);
        ServiceStandard standard = standardOf(workshop(), moment);
        user.type("#plan-standard-title-" + standard.id(), STANDARD, KeyCode.ENTER);
        user.check("plan-standard");

        user.tab("#plan-tabs", "plan-tab-actions");
        user.type("#plan-action-new", ACTION, KeyCode.ENTER);
        user.type("#plan-action-owner", OWNER, KeyCode.ENTER);
        user.type("#plan-action-due", DUE.toString(), KeyCode.ENTER);
        ImprovementAction action = actionOf(workshop());
        assertThat(action.ownerPerson()).isEqualTo(OWNER);
        assertThat(action.dueDate()).isEqualTo(DUE);
        assertThat(action.momentIds()).contains(moment);
        user.check("plan-action");
    }

    /** Step 4: an audit at counter 3 (pass, then fail), and a bad review followed up and closed. */
    private void monitor(String moment) throws Exception {
        user.page("monitor");
        user.tab("#monitor-tabs", "monitor-tab-audits");
        user.type("#audit-date", "2026-12-08", null);
        user.type("#audit-auditor", AUDITOR, null);
        user.type("#audit-location", "一楼大厅", null);
        user.type("#audit-counter", "3", null);
        CheckBox box = robot.lookup("#audit-moment-" + moment).queryAs(CheckBox.class);
        if (!box.isSelected()) {
            user.fire(box);
        }
        user.fire("#audit-start");
        robot.type(KeyCode.P, KeyCode.F);
        Audit audit = workshop().monitoring().audits().getFirst();
        assertThat(audit.auditor()).isEqualTo(AUDITOR);
        assertThat(audit.results()).extracting(AuditResult::outcome).containsExactly(AuditOutcome.PASS, AuditOutcome.FAIL);
        user.check("monitor-audit");

        user.tab("#monitor-tabs", "monitor-tab-feedback");
        user.type("#feedback-date", "2026-12-05", null);
        user.choose("#feedback-channel", FeedbackChannel.values()[0]);
        user.choose("#feedback-moment", moment);
        user.type("#feedback-rating", "1", null);
        user.type("#feedback-text", REVIEW, null);
        user.type("#feedback-handler", OWNER, null);
        user.fire("#feedback-add");
        assertThat(workshop().monitoring().feedback()).singleElement().extracting(Feedback::text).isEqualTo(REVIEW);
        user.check("monitor-feedback");

        chooseReview();
        user.write("#followup-rectification", FIX, null);
        user.type("#followup-fix-rating", "4", null);
        user.choose("#followup-status", FollowUpStatus.CLOSED);
        user.type("#followup-closed", CLOSED.toString(), null);
        user.check("monitor-followup");
        user.fire("#followup-save");
        var followUp = workshop().monitoring().feedback().getFirst().followUp();
        assertThat(followUp.rectification()).isEqualTo(FIX);
        assertThat(followUp.closedOn()).isEqualTo(CLOSED);
        user.check("monitor-followup-saved");
    }

    /** The action plan as PDF into the user's folder. */
    private Path export() throws Exception {
        user.page("export");
        user.choose("#export-document", DocumentKind.ACTION_PLAN);
        Path pdf = home.resolve("行动计划.pdf");
        app.dialogs().pdfToSave.add(pdf);
        user.fire("#export-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(pdf) && Files.size(pdf) > 0);
        WaitForAsyncUtils.waitForFxEvents();
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            assertThat(reader.getNumberOfPages()).isPositive();
            assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        } finally {
            reader.close();
        }
        user.check("export-done");
        return pdf;
    }

    /** Ctrl+S to a new file, Ctrl+W, Ctrl+O: the workshop is read back from the file. */
    private Path saveAndReopen() throws Exception {
        Path file = home.resolve("政务大厅.mot.json");
        app.dialogs().toSave.add(home.resolve("政务大厅"));
        user.shortcut(KeyCode.S);
        assertThat(file).exists();
        assertThat(app.main.viewModel().document().isDirty()).isFalse();
        user.shortcut(KeyCode.W);
        assertThat(workshop().info().title()).as("closed").isNotEqualTo(TITLE);
        app.dialogs().toOpen.add(file);
        user.shortcut(KeyCode.O);
        assertThat(workshop().info().title()).isEqualTo(TITLE);
        return file;
    }

    private void assertEverythingTyped(Workshop w, String moment) {
        assertThat(w.info().title()).isEqualTo(TITLE);
        assertThat(w.info().participants()).extracting(p -> p.name()).containsExactly(PARTICIPANT);
        Touchpoint tp = touchpoint(w);
        assertThat(w.journey().stages().getFirst().touchpoints()).extracting(Touchpoint::name).contains(TOUCHPOINT);
        assertThat(tp.emotionOf(w.customerTypes().get(1).id())).contains(-3);
        assertThat(w.keyMoments().ratings()).filteredOn(r -> r.touchpointId().equals(tp.id()))
                .extracting(TraitRating::trait).containsExactly(Trait.values());
        assertThat(w.keyMoments().ratings()).filteredOn(r -> r.touchpointId().equals(tp.id()))
                .extracting(TraitRating::value).containsExactly(RATINGS);
        assertThat(w.keyMoments().votes()).filteredOn(v -> v.touchpointId().equals(tp.id())).singleElement()
                .extracting(v -> v.count()).isEqualTo(2);
        assertThat(momentOf(w, tp.id())).extracting(MomentOfTruth::id, MomentOfTruth::rationale).containsExactly(moment, REASON);
        assertThat(w.keyMoments().moments()).extracting(MomentOfTruth::rationale).containsExactly(REASON, REASON_2);
        assertThat(w.keyMoments().servqual().responses()).singleElement().satisfies(r -> assertThat(r.answers()).singleElement()
                .satisfies(a -> assertThat(List.of(a.expectation(), a.perception())).containsExactly(6, 4)));
        ServiceStandard standard = standardOf(w, moment);
        assertThat(standard.title()).isEqualTo(STANDARD);
        assertThat(standard.items()).extracting(i -> i.behaviour(), i -> i.criterion()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BEHAVIOUR, CRITERION), org.assertj.core.groups.Tuple.tuple(BEHAVIOUR_2, CRITERION_2));
        ImprovementAction action = actionOf(w);
        assertThat(action).extracting(ImprovementAction::ownerPerson, ImprovementAction::dueDate).containsExactly(OWNER, DUE);
        Audit audit = w.monitoring().audits().getFirst();
        assertThat(audit).extracting(Audit::date, Audit::auditor, Audit::location, Audit::counter)
                .containsExactly(LocalDate.of(2026, 12, 8), AUDITOR, "一楼大厅", "3");
        assertThat(audit.results()).extracting(AuditResult::outcome).containsExactly(AuditOutcome.PASS, AuditOutcome.FAIL);
        Feedback review = w.monitoring().feedback().getFirst();
        assertThat(review).extracting(Feedback::date, Feedback::momentId, Feedback::rating, Feedback::text, Feedback::handler)
                .containsExactly(LocalDate.of(2026, 12, 5), moment, 1, REVIEW, OWNER);
        assertThat(review.followUp()).isNotNull();
        assertThat(review.followUp().rectification()).isEqualTo(FIX);
        assertThat(review.followUp().fixRating()).isEqualTo(4);
        assertThat(review.followUp().status()).isEqualTo(FollowUpStatus.CLOSED);
        assertThat(review.followUp().closedOn()).isEqualTo(CLOSED);
    }

    private void chooseReview() {
        TableView<Feedback> log = robot.lookup("#feedback-log").queryAs(TableView.class);
        Feedback review = log.getItems().stream().filter(f -> REVIEW.equals(f.text())).findFirst().orElseThrow();
        robot.interact(() -> log.getSelectionModel().select(review));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Workshop workshop() {
        return app.main.viewModel().document().current();
    }

    private int rowOf(TableView<Touchpoint> table) {
        String id = touchpoint(workshop()).id();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("the new touchpoint is not in " + table.getId());
    }

    private static Touchpoint touchpoint(Workshop w) {
        return w.journey().touchpoints().stream().filter(t -> t.name().equals(TOUCHPOINT)).findFirst()
                .orElseThrow(() -> new AssertionError("no touchpoint " + TOUCHPOINT));
    }

    private static MomentOfTruth momentOf(Workshop w, String touchpoint) {
        return w.keyMoments().moments().stream().filter(m -> m.touchpointId().equals(touchpoint)).findFirst()
                .orElseThrow(() -> new AssertionError("no moment for " + touchpoint));
    }

    private static ServiceStandard standardOf(Workshop w, String moment) {
        return w.plan().standards().stream().filter(s -> s.momentId().equals(moment)).findFirst()
                .orElseThrow(() -> new AssertionError("no standard for " + moment));
    }

    private static ImprovementAction actionOf(Workshop w) {
        return w.plan().actions().stream().filter(a -> a.title().equals(ACTION)).findFirst()
                .orElseThrow(() -> new AssertionError("no action " + ACTION));
    }

    /** The touchpoint of a ranking row (the row type belongs to the Key moments page's package). */
    private static Touchpoint touchpointOf(Object rankingRow) {
        try {
            var component = java.util.Arrays.stream(rankingRow.getClass().getRecordComponents())
                    .filter(c -> c.getName().equals("touchpoint")).findFirst().orElseThrow();
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return (Touchpoint) accessor.invoke(rankingRow);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
