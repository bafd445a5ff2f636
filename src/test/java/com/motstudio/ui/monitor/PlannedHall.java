package com.motstudio.ui.monitor;

import com.motstudio.model.ActionStatus;
import com.motstudio.model.ActionType;
import com.motstudio.model.CheckMethod;
import com.motstudio.model.ChecklistItem;
import com.motstudio.model.Direction;
import com.motstudio.model.ImprovementAction;
import com.motstudio.model.Kpi;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.Plan;
import com.motstudio.model.ServiceStandard;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A government-hall workshop planned through step 3, built in code (the planning page is built
 * elsewhere): the template's journey, four confirmed moments, a service standard for each with its
 * checklist, three KPIs and six actions. Texts in Chinese or English.
 */
final class PlannedHall {
    static final LocalDate START = LocalDate.of(2026, 9, 1);

    private PlannedHall() {}

    static Workshop create(Language language) {
        boolean zh = language != Language.ENGLISH;
        Workshop w = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", language)).workshop();
        List<MomentOfTruth> moments = List.of(
                moment("mo-reception", "tp-gov-reception"), moment("mo-queue", "tp-gov-queue"),
                moment("mo-check", "tp-gov-check"), moment("mo-complaint", "tp-gov-complaint"));
        w = w.withKeyMoments(w.keyMoments().withMoments(moments));
        List<ServiceStandard> standards = List.of(
                standard("ss-first", "mo-reception", zh ? "首问负责制" : "First-asked responsibility",
                        item("ci-greet", zh ? "10 秒内起身问候" : "Greets within 10 seconds", zh ? "观察计时" : "Timed by observer"),
                        item("ci-purpose", zh ? "询问办理事项" : "Asks what the visit is for", ""),
                        item("ci-guide", zh ? "引导到正确窗口或陪同移交" : "Guides to the right counter or hands over in person", "")),
                standard("ss-queue", "mo-queue", zh ? "排队秩序" : "Queue order",
                        item("ci-display", zh ? "叫号屏显示正常" : "Queue display works", ""),
                        item("ci-order", zh ? "按号顺序叫号" : "Calls numbers in order", ""),
                        item("ci-patrol", zh ? "等候区有人巡视" : "Someone walks the waiting area", "")),
                standard("ss-once", "mo-check", zh ? "一次性告知" : "Telling everything at once",
                        item("ci-list", zh ? "发放书面材料清单" : "Hands over the written list of materials", ""),
                        item("ci-match", zh ? "清单与公布的一致" : "The list matches the published one", ""),
                        item("ci-limit", zh ? "告知办结时限" : "States the promised completion time", ""),
                        item("ci-missing", zh ? "缺件一次讲清" : "Names every missing document at once", "")),
                standard("ss-complaint", "mo-complaint", zh ? "差评处理" : "Handling bad reviews",
                        item("ci-record", zh ? "当场登记差评" : "Records the bad review on the spot", ""),
                        item("ci-callback", zh ? "限期内回访" : "Calls back within the deadline", "")));
        List<Kpi> kpis = List.of(
                new Kpi("kp-wait", zh ? "平均等候时间" : "Average waiting time", zh ? "分钟" : "min", Direction.LOWER_IS_BETTER,
                        25.0, 12.0, LocalDate.of(2027, 2, 28), zh ? "排队系统" : "Queue system", List.of("mo-queue")),
                new Kpi("kp-once", zh ? "一次办结率" : "Done in one visit", "%", Direction.HIGHER_IS_BETTER,
                        78.0, 95.0, LocalDate.of(2027, 2, 28), zh ? "办件系统" : "Case system", List.of("mo-check")),
                new Kpi("kp-bad", zh ? "差评率" : "Bad-review rate", "%", Direction.LOWER_IS_BETTER,
                        3.5, 1.0, LocalDate.of(2027, 2, 28), zh ? "好差评系统" : "Review system",
                        List.of("mo-reception", "mo-complaint")));
        List<ImprovementAction> actions = new ArrayList<>();
        actions.add(action("ac-list", zh ? "编制一次性告知单" : "Write the one-visit material lists", "mo-check",
                zh ? "综合受理科" : "Front office", LocalDate.of(2026, 9, 30), ActionStatus.IN_PROGRESS));
        actions.add(action("ac-screen", zh ? "维修叫号屏" : "Repair the queue display", "mo-queue",
                zh ? "后勤科" : "Facilities", LocalDate.of(2026, 9, 15), ActionStatus.PLANNED));
        actions.add(action("ac-greeter", zh ? "设立导办员岗位" : "Post a greeter at the entrance", "mo-reception",
                zh ? "综合受理科" : "Front office", LocalDate.of(2026, 10, 31), ActionStatus.PLANNED));
        actions.add(action("ac-training", zh ? "首问负责制培训" : "First-asked responsibility training", "mo-reception",
                zh ? "人事科" : "Personnel", LocalDate.of(2026, 10, 15), ActionStatus.PLANNED));
        actions.add(action("ac-callback", zh ? "差评 24 小时回访" : "Call back every bad review within a day", "mo-complaint",
                zh ? "督查科" : "Supervision", LocalDate.of(2026, 11, 30), ActionStatus.PLANNED));
        actions.add(action("ac-sms", zh ? "短信提醒叫号" : "Text message when the number is near", "mo-queue",
                zh ? "信息科" : "IT", LocalDate.of(2026, 12, 20), ActionStatus.BLOCKED));
        return w.withPlan(new Plan(standards, actions, kpis));
    }

    private static MomentOfTruth moment(String id, String touchpointId) {
        return new MomentOfTruth(id, touchpointId, "", START.minusDays(14), "", "", "", "", "", "");
    }

    private static ServiceStandard standard(String id, String momentId, String title, ChecklistItem... items) {
        return new ServiceStandard(id, momentId, title, List.of(items));
    }

    private static ChecklistItem item(String id, String behaviour, String criterion) {
        return new ChecklistItem(id, behaviour, criterion, CheckMethod.OBSERVATION);
    }

    private static ImprovementAction action(String id, String title, String momentId, String department, LocalDate due,
                                            ActionStatus status) {
        return new ImprovementAction(id, title, ActionType.MICRO_PROCESS, "", List.of(momentId), List.of(), "", department,
                START, due, 2, 4, "", status);
    }
}
