package com.motstudio.store;

import com.motstudio.model.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A workshop with every field of every record set (no empty text, list or null anywhere), in
 * Chinese and English with characters JSON must escape, for round-trip, schema and format tests.
 */
public final class RichWorkshop {
    private RichWorkshop() {}

    public static Workshop create() {
        LocalDate day = LocalDate.of(2026, 3, 14);
        WorkshopInfo info = new WorkshopInfo("某市政务服务大厅关键时刻工作坊", "某市政务服务管理局", "government", "王老师",
                day, day.plusDays(1), "zh-CN",
                List.of(new Participant("pa-1", "李敏", "gr-1", "窗口主管"), new Participant("pa-2", "陈刚", "gr-1", "导办员")),
                List.of(new ParticipantGroup("gr-1", "第一组")), "第二天下午做现场走查。\nBring the \"audit\" sheets\tand C:\\forms 📋",
                new Branding("image/png", "iVBORw0KGgo=", "#C0392B"));
        List<CustomerType> types = List.of(new CustomerType("ct-1", CustomerKind.EXTERNAL, "办事群众", "个人办事"),
                new CustomerType("ct-2", CustomerKind.PARTNER_DEPARTMENT, "审批科室", "后台协同"));
        List<CustomerTier> tiers = List.of(new CustomerTier("ti-1", "重点企业", 1, 20.0, 80.0, "高频办件企业"));
        Touchpoint ticket = new Touchpoint("tp-1", "取号", "在取号机取号", Channel.PHYSICAL, JourneyPhase.FRONT,
                MomentCategory.DAILY_USE, Set.of(TouchpointRole.FIRST, TouchpointRole.HIGH_FREQUENCY), "大厅管理科",
                "刷身份证取号", List.of(new EmotionScore("ct-1", -1), new EmotionScore("ct-2", 0)),
                List.of("不知道该取哪类号"), List.of("导办员主动询问"), "3月现场观察");
        Touchpoint counter = new Touchpoint("tp-2", "窗口受理", "Counter intake", Channel.INTERPERSONAL, JourneyPhase.MIDDLE,
                MomentCategory.PURCHASE_DECISION, Set.of(TouchpointRole.END, TouchpointRole.COMPLAINT), "综合受理科",
                "递交材料", List.of(new EmotionScore("ct-1", -4)), List.of("材料一次说不清"), List.of("一次性告知单"), "12345 工单");
        Journey journey = new Journey(List.of(new Stage("st-1", "到达", "进门到取号", List.of(ticket)),
                new Stage("st-2", "办理", "窗口", List.of(counter))));
        KeyMoments keyMoments = new KeyMoments(
                List.of(new TraitWeight(Trait.EMOTIONAL_IMPACT, 2.0), new TraitWeight(Trait.SPREAD, 1.0)),
                List.of(new TraitRating("pa-1", "tp-2", Trait.EMOTIONAL_IMPACT, 5), new TraitRating("gr-1", "tp-1", Trait.FREQUENCY, 4)),
                5, List.of(new DotVote("pa-2", "tp-2", 3)),
                new ServqualSurvey(1, 7, List.of(new ServqualItem("sq-1", ServqualDimension.RESPONSIVENESS, "员工及时提供服务", List.of("tp-2"))),
                        List.of(new ServqualResponse("sr-1", "R01", List.of(new ServqualAnswer("sq-1", 7, 4), new ServqualAnswer("sq-1", null, 5)),
                                List.of(new DimensionWeight(ServqualDimension.RESPONSIVENESS, 40.0))))),
                new KanoSurvey(List.of(new KanoNeed("kn-1", "一次性告知", "如果一次告知全部材料，您感觉如何？",
                        "如果不能一次告知，您感觉如何？", List.of("tp-2"))),
                        List.of(new KanoResponse("kr-1", "R01", List.of(new KanoPair("kn-1", KanoAnswer.LIKE, KanoAnswer.DISLIKE))))),
                List.of(new RatingSurvey("rs-1", RatingKind.GOOD_BAD_REVIEW, "3月好差评", "tp-2",
                        List.of(new RatingCount(5, 120), new RatingCount(1, 6))),
                        new RatingSurvey("rs-2", RatingKind.NPS, "Overall NPS", "", List.of(new RatingCount(9, 40)))),
                List.of(new IpaScore("tp-2", 4.6, 2.9)),
                List.of(new MomentOfTruth("mo-1", "tp-2", "情绪最低点且差评集中", day, "一次办成", "kn-1",
                        "材料反复补", "一次告知、一次办结", "您好，请出示……", "非常抱歉，我们马上……")),
                List.of(new CandidateRejection("tp-1", "分数高但不可控：由上级系统决定")));
        Plan plan = new Plan(
                List.of(new ServiceStandard("ss-1", "mo-1", "一次性告知", List.of(
                        new ChecklistItem("ci-1", "书面告知全部材料", "告知单与公布清单一致", CheckMethod.RECORD)))),
                List.of(new ImprovementAction("ac-1", "制作一次性告知单", ActionType.MICRO_PROCESS, "按事项编制告知单",
                        List.of("mo-1"), List.of("kp-1"), "李敏", "综合受理科", day, day.plusDays(30), 2, 5, "¥2,000",
                        ActionStatus.IN_PROGRESS)),
                List.of(new Kpi("kp-1", "差评率", "%", Direction.LOWER_IS_BETTER, 4.8, 1.0, day.plusDays(90), "好差评系统",
                        List.of("mo-1"))));
        Monitoring monitoring = new Monitoring(
                List.of(new Measurement("me-1", "kp-1", day.plusDays(30), 3.2, "4月")),
                List.of(new Audit("au-1", day.plusDays(20), "陈刚", "政务大厅", "5号窗",
                        List.of(new AuditResult("ci-1", AuditOutcome.FAIL, "未给书面告知单")), List.of("mo-1"))),
                List.of(new Feedback("fb-1", day.plusDays(3), FeedbackChannel.ON_SITE_DEVICE, "tp-2", "mo-1",
                        FeedbackScale.GOOD_BAD_REVIEW, 1, "跑了三趟", "李敏",
                        new FollowUp(day.plusDays(10), "已电话致歉并一次告知", 4, FollowUpStatus.CLOSED, day.plusDays(8)))),
                7,
                List.of(new ReviewRound("rr-1", "第一轮", day.plusDays(31), "差评下降", List.of(new ScoreSnapshot("tp-2", 87.5)),
                        List.of(new KpiSnapshot("kp-1", 3.2)), 75.0, 126, 6,
                        List.of(new ItemCompliance("ci-1", 3, 1, 0)), 2)),
                List.of(day.plusDays(4)), List.of(day.plusDays(12)));
        return new Workshop(info, types, tiers, journey, keyMoments, plan, monitoring);
    }
}
