package com.motstudio.bench;

import com.motstudio.model.Channel;
import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Journey;
import com.motstudio.model.JourneyPhase;
import com.motstudio.model.MomentCategory;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TouchpointRole;
import com.motstudio.model.Workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Builds a large, realistic workshop (Chinese and English text) for the open/save benchmark. */
public final class LargeWorkshop {
    private static final String[] ZH_STAGES = {"预约", "到达", "取号等候", "窗口受理", "材料审核", "缴费", "办结领证", "评价", "回访", "投诉处理"};
    private static final String[] ZH_THINGS = {"取号机", "导办台", "叫号屏", "综合窗口", "自助终端", "缴费窗口", "出证窗口", "评价器", "回访电话", "意见箱"};
    private static final String[] ZH_PAINS = {"排队时间长，不知道还要等多久", "材料要求与网上公布的不一致，需要多跑一次",
        "工作人员解释太快，听不懂专业术语", "叫号屏看不清，错过叫号", "自助机故障无人处理"};
    private static final String[] EN_OPPS = {"Show the expected waiting time on the ticket",
        "Give a printed checklist of every required document at first contact",
        "Offer a guide at the entrance during peak hours", "Text the citizen when the licence is ready"};

    private LargeWorkshop() {}

    public static Workshop of(int stages, int touchpointsPerStage, long seed) {
        Random random = new Random(seed);
        List<CustomerType> types = List.of(
                new CustomerType("ct-citizen", CustomerKind.EXTERNAL, "办事群众 Citizen", "来大厅办理业务的个人"),
                new CustomerType("ct-company", CustomerKind.EXTERNAL, "企业经办人 Company agent", "代表企业办理业务"),
                new CustomerType("ct-backoffice", CustomerKind.INTERNAL, "后台审批科室", "接收窗口转来的材料"));
        List<Stage> stageList = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            List<Touchpoint> touchpoints = new ArrayList<>(touchpointsPerStage);
            for (int t = 0; t < touchpointsPerStage; t++) {
                String thing = ZH_THINGS[random.nextInt(ZH_THINGS.length)];
                List<EmotionScore> emotions = types.stream()
                        .map(type -> new EmotionScore(type.id(), random.nextInt(11) - 5)).toList();
                touchpoints.add(new Touchpoint(String.format("tp-%02d-%04d", s, t),
                        thing + " · " + (t + 1) + " / Touchpoint " + (t + 1),
                        "群众在" + thing + "处办理第" + (t + 1) + "项事务。The citizen deals with step " + (t + 1) + " here.",
                        Channel.values()[random.nextInt(3)], JourneyPhase.values()[random.nextInt(3)],
                        MomentCategory.values()[random.nextInt(4)],
                        random.nextInt(5) == 0 ? Set.of(TouchpointRole.HIGH_FREQUENCY) : Set.of(),
                        "政务服务中心综合受理科", "询问、填写表格并递交材料 / asks, fills in the form, hands in papers",
                        emotions, List.of(ZH_PAINS[random.nextInt(ZH_PAINS.length)]),
                        List.of(EN_OPPS[random.nextInt(EN_OPPS.length)]),
                        "2026年3月现场观察记录第" + (s * touchpointsPerStage + t) + "条"));
            }
            stageList.add(new Stage("st-" + s, ZH_STAGES[s % ZH_STAGES.length] + " Stage " + (s + 1),
                    "第" + (s + 1) + "阶段", touchpoints));
        }
        Workshop blank = Workshop.blank("zh-CN", "x");
        return blank.withInfo(blank.info().withTitle("某市政务服务大厅 · 关键时刻工作坊 (benchmark)")
                        .withOrganization("某市政务服务管理局"))
                .withCustomerTypes(types)
                .withJourney(new Journey(stageList));
    }
}
