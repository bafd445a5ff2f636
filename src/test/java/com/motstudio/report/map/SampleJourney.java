package com.motstudio.report.map;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A government service hall journey with 64 touchpoints in 8 stages, long Chinese and English
 * text, every channel, phase and role, and two customer types (the second leaves some unscored).
 */
final class SampleJourney {
    static final String CITIZEN = "ct-citizen";
    static final String AGENT = "ct-agent";
    static final int STAGES = 8;
    static final int PER_STAGE = 8;

    private static final String[] STAGE_NAMES = {"预约与咨询 Booking and enquiries", "到达大厅", "取号等候 Taking a ticket and waiting",
        "窗口受理", "材料审核与补正 Checking the documents", "缴费", "办结领证 Collecting the licence", "评价与回访"};
    private static final String[] NAMES = {"12345 热线咨询", "政务服务网预约", "导办台首问", "取号机",
        "叫号屏与广播 Calling screen and announcements", "综合受理窗口", "自助终端 Self-service kiosk", "评价器"};
    private static final String[] ACTIONS = {"打电话询问需要带哪些材料，记下工作人员说的每一项",
        "Asks the guide which queue to join and whether the photocopies are enough",
        "刷身份证取号，看屏幕上还有多少人在排队", "填写申请表 / fills in the application form",
        "递交材料并等待审核结果", "扫码缴费", "领取证照并核对信息", "在评价器上打分"};
    private static final String[] PAINS = {"排队时间长，不知道还要等多久，也不敢离开去吃饭",
        "Requirements on the website differ from what the counter asks for, so a second trip is needed",
        "工作人员语速太快，专业术语听不懂", "叫号屏字太小，老人看不清错过叫号",
        "Extraordinarily-long-hyphenated-requirement-descriptions-that-never-end-in-the-official-notice"};
    private static final String[] IDEAS = {"小票上显示预计等候时间", "Give a printed checklist of every required document at the first contact",
        "高峰时段在入口安排导办员", "证照办好后短信通知",
        "Publish the list at https://zwfw.example.gov.cn/materials/checklist/all-services-2026.html"};

    private SampleJourney() {}

    static Workshop create() {
        List<Stage> stages = new ArrayList<>();
        int n = 0;
        for (int s = 0; s < STAGES; s++) {
            List<Touchpoint> touchpoints = new ArrayList<>();
            for (int t = 0; t < PER_STAGE; t++, n++) {
                touchpoints.add(touchpoint(n));
            }
            String description = s % 3 == 0 ? "群众从进门到离开的第" + (s + 1) + "个阶段，包括所有线上和线下的接触" : "";
            stages.add(new Stage("st-" + s, STAGE_NAMES[s], description, touchpoints));
        }
        List<CustomerType> types = List.of(
                new CustomerType(CITIZEN, CustomerKind.EXTERNAL, "办事群众（第一次来办事的个人）", ""),
                new CustomerType(AGENT, CustomerKind.EXTERNAL, "Company agent who files for a firm", ""));
        Workshop blank = Workshop.blank("zh-CN", "x");
        return blank.withInfo(blank.info().withTitle("某市政务服务大厅关键时刻工作坊"))
                .withCustomerTypes(types)
                .withJourney(new Journey(stages));
    }

    /** The citizen's score: a dip to -5 at touchpoint 37, a high of +5 at 58, ending at +2. */
    static int citizenScore(int n) {
        if (n == 37) {
            return -5;
        }
        if (n == 58) {
            return 5;
        }
        if (n == STAGES * PER_STAGE - 1) {
            return 2;
        }
        return (int) Math.round(3 * Math.sin(n / 4.0)) - (n > 30 && n < 45 ? 1 : 0);
    }

    private static Touchpoint touchpoint(int n) {
        List<EmotionScore> emotions = new ArrayList<>();
        emotions.add(new EmotionScore(CITIZEN, citizenScore(n)));
        if (n % 5 != 2) {
            emotions.add(new EmotionScore(AGENT, Math.max(-4, Math.min(4, (n % 9) - 4))));
        }
        Set<TouchpointRole> roles = EnumSet.noneOf(TouchpointRole.class);
        if (n == 0) {
            roles.add(TouchpointRole.FIRST);
        }
        if (n % 7 == 3) {
            roles.add(TouchpointRole.COMPLAINT);
        }
        if (n % 4 == 1) {
            roles.add(TouchpointRole.HIGH_FREQUENCY);
        }
        if (n % 6 == 5 || n == 37) {
            roles.add(TouchpointRole.HIGH_PERCEPTION);
        }
        if (n == STAGES * PER_STAGE - 1 || n == 37) {
            roles.addAll(EnumSet.allOf(TouchpointRole.class));
        }
        String name = NAMES[n % NAMES.length] + (n % 11 == 4 ? "（含预约改期、材料预审、进度查询等多项业务）" : "") + " · " + (n + 1);
        List<String> pains = n % 3 == 0 ? List.of(PAINS[n % PAINS.length]) : n % 3 == 1
                ? List.of(PAINS[(n + 1) % PAINS.length], PAINS[(n + 3) % PAINS.length]) : List.of();
        List<String> ideas = n % 2 == 0 ? List.of(IDEAS[(n / 2) % IDEAS.length]) : List.of();
        Channel channel = n % 10 == 9 ? null : Channel.values()[n % 3];
        JourneyPhase phase = n % 8 == 7 ? null : JourneyPhase.values()[(n / 22) % 3];
        return new Touchpoint("tp-" + n, name, "", channel, phase, MomentCategory.DAILY_USE, roles, "综合受理科",
                n % 13 == 12 ? "" : ACTIONS[n % ACTIONS.length], emotions, pains, ideas, "");
    }
}
