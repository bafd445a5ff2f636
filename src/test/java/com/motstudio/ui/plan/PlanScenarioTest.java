package com.motstudio.ui.plan;

import atlantafx.base.theme.PrimerLight;
import com.motstudio.edit.WorkshopDocument;
import com.motstudio.method.plan.PlanWarning;
import com.motstudio.method.plan.PlanWarning.Kind;
import com.motstudio.model.ActionStatus;
import com.motstudio.model.ActionType;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.ImprovementAction;
import com.motstudio.store.StandardLibrary;
import com.motstudio.testing.Snapshots;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.Fonts;
import com.motstudio.ui.plan.PlanChanges.MomentField;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 3 as a facilitator runs it with the government-hall template and five confirmed moments:
 * standards from the library and typed by hand, fifteen actions with owners and dates, ratings
 * dragged on the matrix, KPIs, and a warning that goes when its cause is fixed and comes back on
 * undo. Screenshots go to {@code -Dmot.screenshots=docs/screenshots}.
 */
class PlanScenarioTest {
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"SIMPLIFIED_CHINESE", "ENGLISH"})
    void fiveMomentsFifteenActionsMatrixTimelineAndWarnings(Language language) throws Exception {
        boolean zh = language != Language.ENGLISH;
        Stage stage = FxToolkit.registerPrimaryStage();
        WorkshopDocument document = new WorkshopDocument(PlanFixtures.governmentWithFiveMoments(language), null);
        PlanViewModel vm = new PlanViewModel(document, () -> PlanFixtures.TODAY);
        PlanView[] view = new PlanView[1];
        FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            String font = Fonts.loadBundled();
            view[0] = new PlanView(vm, new Texts(language));
            Scene scene = new Scene(view[0].root(), 1000, 760);
            scene.getStylesheets().add(PlanView.class.getResource("/com/motstudio/ui/app.css").toExternalForm());
            view[0].root().setStyle("-fx-font-family: \"" + font + "\"; -fx-font-size: 13px;");
            stage.setScene(scene);
            stage.show();
        });
        FxRobot robot = new FxRobot();
        assertThat(vm.warnings()).hasSize(10);

        // the first moment is chosen: its core need typed, a standard inserted from the library
        robot.clickOn("#plan-moment-core-need").write(zh ? "问一次就有人管到底" : "One person takes care of me").type(KeyCode.ENTER);
        assertThat(vm.moment("mo-reception").orElseThrow().coreNeed()).isNotBlank();
        robot.clickOn("#plan-library");
        StandardLibrary.Standard firstAsked = StandardLibrary.standards("government", language).getFirst();
        robot.clickOn(firstAsked.title());
        assertThat(vm.standards("mo-reception")).singleElement().extracting(s -> s.items().size()).isEqualTo(3);
        assertThat(vm.warnings()).doesNotContain(PlanWarning.of(Kind.MOMENT_WITHOUT_STANDARD, "mo-reception"));

        // the third moment gets a standard typed by hand: Enter after a criterion starts the next item
        ListView<?> moments = robot.lookup("#plan-moments").queryAs(ListView.class);
        robot.interact(() -> moments.getSelectionModel().select(2));
        robot.clickOn("#plan-standard-add");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(zh ? "核对材料后当场出具清单" : "Hands over the checklist after checking").type(KeyCode.ENTER);
        robot.write(zh ? "每件申请都有书面清单" : "Written list for every application").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(zh ? "缺件一次列明" : "All missing items listed once").type(KeyCode.ENTER);
        robot.write(zh ? "无二次补件" : "No second visit").type(KeyCode.TAB);
        assertThat(vm.standards("mo-check")).singleElement().extracting(s -> s.items().stream().map(ChecklistItem::criterion).toList())
                .isEqualTo(zh ? List.of("每件申请都有书面清单", "无二次补件") : List.of("Written list for every application", "No second visit"));
        shot(robot, view[0], "plan-moments-" + language.tag() + ".png");
        robot.interact(() -> {
            List<StandardLibrary.Standard> library = StandardLibrary.standards("government", language);
            vm.insertStandard("mo-check", library.get(1));
            vm.insertStandard("mo-queue", library.get(4));
            vm.insertStandard("mo-receipt", library.get(2));
            vm.insertStandard("mo-complaint", library.get(5));
            vm.setMoment("mo-queue", MomentField.CORE_NEED, zh ? "知道要等多久" : "Know how long the wait is");
        });
        assertThat(vm.warnings()).noneMatch(w -> w.kind() == Kind.MOMENT_WITHOUT_STANDARD);

        // actions: three typed in a row on the Actions tab, twelve more as the groups report them
        robot.clickOn("#plan-tab-actions");
        robot.clickOn("#plan-action-new");
        List<String> typed = zh ? List.of("叫号屏显示预计等候时间", "窗口放置一次性告知卡", "导办员佩戴首问工牌")
                : List.of("Show expected wait on the queue display", "One-time notice card at each window", "First-asked badge for floor guides");
        for (String title : typed) {
            robot.write(title).type(KeyCode.ENTER);
        }
        assertThat(vm.plan().actions()).extracting(ImprovementAction::title).containsExactlyElementsOf(typed);
        robot.interact(() -> Reported.actions(zh).forEach(r -> r.addTo(vm)));
        assertThat(vm.plan().actions()).hasSize(15);
        String unowned = vm.plan().actions().getFirst().id();
        PlanWarning noOwner = PlanWarning.of(Kind.ACTION_WITHOUT_OWNER, unowned);
        assertThat(vm.warnings()).contains(noOwner);

        // the warning leads to the action's owner field; typing the owner clears it; undo brings it back
        ListView<PlanWarning> warnings = robot.lookup("#plan-warnings").queryAs(ListView.class);
        int row = warnings.getItems().indexOf(noOwner);
        robot.interact(() -> warnings.scrollTo(row));
        robot.interact(() -> warnings.getSelectionModel().select(row));
        robot.interact(warnings::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write(zh ? "王敏" : "Wang Min").type(KeyCode.ENTER);
        assertThat(vm.action(unowned).orElseThrow().ownerPerson()).isEqualTo(zh ? "王敏" : "Wang Min");
        assertThat(vm.warnings()).doesNotContain(noOwner);
        assertThat(warnings.getItems()).doesNotContain(noOwner);
        robot.interact(document::undo);
        assertThat(warnings.getItems()).contains(noOwner);
        robot.interact(document::redo);
        assertThat(warnings.getItems()).doesNotContain(noOwner);
        robot.interact(() -> vm.plan().actions().subList(1, 3).forEach(a -> vm.updateAction(a.id(),
                x -> PlanChanges.due(PlanChanges.owner(x, zh ? "李强" : "Li Qiang"), PlanFixtures.TODAY.plusDays(20)))));
        robot.interact(() -> vm.updateAction(unowned, x -> PlanChanges.due(PlanChanges.start(x, PlanFixtures.TODAY.minusDays(5)),
                PlanFixtures.TODAY.plusDays(9))));
        shot(robot, view[0], "plan-actions-" + language.tag() + ".png");

        // the matrix: drag the unrated card to low effort, high impact; then one step right with the keyboard
        robot.clickOn("#plan-tab-matrix");
        MatrixPane matrix = robot.lookup("#plan-matrix").queryAs(MatrixPane.class);
        Node card = robot.lookup("#plan-card-" + unowned).query();
        Point2D target = matrix.localToScreen(matrix.cellCentre(2, 5));
        robot.drag(card, MouseButton.PRIMARY).dropTo(target);
        assertThat(vm.action(unowned).orElseThrow()).extracting(ImprovementAction::effort, ImprovementAction::impact).containsExactly(2, 5);
        robot.type(KeyCode.RIGHT);
        assertThat(vm.action(unowned).orElseThrow().effort()).isEqualTo(3);
        robot.interact(() -> vm.plan().actions().subList(1, 3).forEach(a -> vm.setRatings(a.id(), 1, 3)));
        shot(robot, view[0], "plan-matrix-" + language.tag() + ".png");

        robot.clickOn("#plan-tab-timeline");
        shot(robot, view[0], "plan-timeline-" + language.tag() + ".png");
        // the time line told in a sentence (its text alternative): how many actions, from which due date to which
        List<java.time.LocalDate> dues = vm.plan().actions().stream()
                .filter(a -> a.dueDate() != null && a.status() != com.motstudio.model.ActionStatus.DROPPED)
                .map(ImprovementAction::dueDate).sorted().toList();
        String told = robot.lookup("#plan-timeline").query().getAccessibleText();
        assertThat(dues).hasSizeGreaterThan(1);
        assertThat(told).as("the time line's text alternative").contains(dues.size() + " ")
                .contains(dues.getFirst().toString()).contains(dues.getLast().toString());
        if (!zh) {
            assertThat(told).startsWith("Time line of " + dues.size() + " actions due from " + dues.getFirst() + " to " + dues.getLast() + ":");
        }

        // KPIs: an example for the queue, its baseline and target typed
        robot.interact(() -> moments.getSelectionModel().select(1));
        robot.clickOn("#plan-tab-kpis");
        robot.clickOn("#plan-kpi-examples");
        StandardLibrary.KpiExample wait = StandardLibrary.kpis("government", language).stream()
                .filter(k -> k.direction() == com.motstudio.model.Direction.LOWER_IS_BETTER).findFirst().orElseThrow();
        robot.clickOn(wait.name());
        String kpi = vm.plan().kpis().getFirst().id();
        assertThat(vm.kpi(kpi).orElseThrow().momentIds()).containsExactly("mo-queue");
        robot.clickOn("#plan-kpi-baseline").write("28").type(KeyCode.ENTER);
        robot.clickOn("#plan-kpi-target").write("15").type(KeyCode.ENTER);
        assertThat(vm.kpi(kpi).orElseThrow()).extracting(k -> k.baseline(), k -> k.target()).containsExactly(28.0, 15.0);
        robot.interact(() -> Reported.kpis(vm, language));
        shot(robot, view[0], "plan-kpis-" + language.tag() + ".png");
        assertThat(vm.warnings()).noneMatch(w -> w.kind() == Kind.MOMENT_WITHOUT_ACTION || w.kind() == Kind.MOMENT_WITHOUT_STANDARD);
        FxToolkit.setupFixture(() -> {
            stage.hide();
            // the tests after this one expect JavaFX's own theme, as they find it when run alone
            Application.setUserAgentStylesheet(null);
        });
    }

    private static void shot(FxRobot robot, PlanView view, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of(System.getProperty("mot.screenshots", System.getProperty("mot.buildDir", "target") + "/screenshots"));
        Files.createDirectories(out);
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = view.root().getScene().snapshot(null));
        Snapshots.writePng(image[0], out.resolve(name));
    }

    /** Actions and KPIs as groups report them back, in both languages. */
    record Reported(String zh, String en, ActionType type, String ownerZh, String ownerEn, String deptZh, String deptEn,
                    String moment, int startIn, int dueIn, int effort, int impact, ActionStatus status) {
        static List<Reported> actions(boolean zh) {
            return List.of(
                    new Reported("排队超 20 分钟主动广播", "Announce when waiting passes 20 minutes", ActionType.MICRO_PROCESS, "张丽", "Zhang Li", "大厅管理", "Hall management", "mo-queue", -10, 14, 2, 4, ActionStatus.IN_PROGRESS),
                    new Reported("等候区增设充电和饮水点", "Charging and water point in the waiting area", ActionType.MICRO_DETAIL, "张丽", "Zhang Li", "大厅管理", "Hall management", "mo-queue", 0, 30, 2, 2, ActionStatus.PLANNED),
                    new Reported("材料清单与办事指南逐项核对", "Check material lists against the published guide", ActionType.STANDARDIZATION, "陈刚", "Chen Gang", "督查室", "Inspection office", "mo-check", -20, -3, 3, 5, ActionStatus.IN_PROGRESS),
                    new Reported("一次性告知话术培训", "Training: telling everything at once", ActionType.TRAINING, "王敏", "Wang Min", "综合窗口", "Front counters", "mo-check", 7, 35, 2, 4, ActionStatus.PLANNED),
                    new Reported("回执打印承诺办结日期", "Promised completion date printed on receipts", ActionType.TECHNOLOGY, "刘洋", "Liu Yang", "信息科", "IT office", "mo-receipt", -30, -10, 3, 4, ActionStatus.DONE),
                    new Reported("延期办理提前电话告知", "Phone the citizen before any extension", ActionType.MICRO_PROCESS, "王敏", "Wang Min", "综合窗口", "Front counters", "mo-receipt", 3, 40, 1, 3, ActionStatus.PLANNED),
                    new Reported("后台审批与窗口联席会", "Back office and counters meet weekly", ActionType.CROSS_DEPARTMENT, "陈刚", "Chen Gang", "督查室", "Inspection office", "mo-receipt", 14, 75, 4, 4, ActionStatus.PLANNED),
                    new Reported("差评 1 个工作日内专人回访", "Named person calls back bad reviews within 1 day", ActionType.STANDARDIZATION, "张丽", "Zhang Li", "大厅管理", "Hall management", "mo-complaint", -5, 21, 2, 5, ActionStatus.IN_PROGRESS),
                    new Reported("整改结果月度通报", "Monthly report on rectified bad reviews", ActionType.INCENTIVE, "陈刚", "Chen Gang", "督查室", "Inspection office", "mo-complaint", 30, 60, 1, 2, ActionStatus.PLANNED),
                    new Reported("好差评系统与工单打通", "Link the review platform to case tickets", ActionType.TECHNOLOGY, "刘洋", "Liu Yang", "信息科", "IT office", "mo-complaint", 20, 120, 5, 3, ActionStatus.BLOCKED),
                    new Reported("咨询台设立引导动线图", "Route map at the reception desk", ActionType.MICRO_SCENE, "李强", "Li Qiang", "大厅管理", "Hall management", "mo-reception", -2, 10, 1, 3, ActionStatus.IN_PROGRESS),
                    new Reported("重做大厅标识系统", "Redo the whole signage of the hall", ActionType.MICRO_SCENE, "李强", "Li Qiang", "大厅管理", "Hall management", "mo-reception", 40, 150, 5, 2, ActionStatus.PLANNED));
        }

        void addTo(PlanViewModel vm) {
            boolean chinese = vm.workshopProperty().get().info().language().startsWith("zh");
            String id = vm.addAction(chinese ? zh : en, moment);
            vm.updateAction(id, a -> PlanChanges.status(PlanChanges.type(PlanChanges.department(PlanChanges.owner(
                    PlanChanges.due(PlanChanges.start(a, PlanFixtures.TODAY.plusDays(startIn)), PlanFixtures.TODAY.plusDays(dueIn)),
                    chinese ? ownerZh : ownerEn), chinese ? deptZh : deptEn), type), status));
            vm.setRatings(id, effort, impact);
        }

        static void kpis(PlanViewModel vm, Language language) {
            List<StandardLibrary.KpiExample> examples = StandardLibrary.kpis("government", language);
            String share = vm.insertKpi(examples.get(0), "mo-complaint");
            vm.updateKpi(share, k -> PlanChanges.targetDate(PlanChanges.target(PlanChanges.baseline(k, 96.5), 99.0), PlanFixtures.TODAY.plusMonths(6)));
            String right = vm.insertKpi(examples.stream().filter(e -> e.unit().equals("%")).skip(3).findFirst().orElseThrow(), "mo-check");
            vm.updateKpi(right, k -> PlanChanges.baseline(k, 78.0));
        }
    }
}
