package com.motstudio.report.chart;

import com.motstudio.report.chart.ScoreChart.Row;
import com.motstudio.report.chart.ScoreChart.Segment;
import com.motstudio.text.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Realistic chart data from a government service hall, in Chinese and English. */
final class ChartSamples {
    private ChartSamples() {}

    static boolean chinese(Language language) {
        return language != Language.ENGLISH;
    }

    static ServqualChart.Data servqual(Language language) {
        String[] zh = {"有形性（大厅环境、设施与指引标识）", "可靠性（一次办成、按承诺时限办结）", "响应性（等候时间与主动引导）",
                "保证性（业务熟练、解答准确）", "移情性（关注老年人等特殊群体的需求）"};
        String[] en = {"Tangibles (hall, facilities and signs)", "Reliability (done in one visit, on time)",
                "Responsiveness (waiting and guidance)", "Assurance (skilled, accurate answers)",
                "Empathy (care for elderly and disabled citizens)"};
        String[] names = chinese(language) ? zh : en;
        double[][] ep = {{6.12, 5.43}, {6.58, 5.17}, {6.31, 4.86}, {6.02, 5.71}, {5.64, 5.83}};
        List<ServqualChart.DimensionBar> bars = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            bars.add(ServqualChart.DimensionBar.of(names[i], ep[i][0], ep[i][1]));
        }
        return new ServqualChart.Data(bars, 1, 7);
    }

    static KanoChart.Data kano(Language language) {
        String[][] needs = {
                {"一次性告知所需材料", "一次告知所需文件", "Everything told at once"},
                {"网上预审", "線上預審", "Online pre-review"},
                {"等候时间提示", "等候時間提示", "Expected waiting time shown"},
                {"帮办代办", "協助代辦", "Assisted and proxy service"},
                {"办理进度短信通知", "案件進度簡訊通知", "Progress notifications"},
                {"证照免费寄递到家", "證照免費郵寄到府", "Free delivery of certificates"},
                {"大厅饮水与充电设施", "大廳飲水與充電設施", "Water and phone charging"},
                {"工作人员统一着装", "工作人員統一服裝", "Staff in uniform"},
                {"叫号清晰可闻", "叫號清楚可聞", "Clearly audible calling"}};
        String[][] kinds = {{"期望属性", "一維品質", "One-dimensional"}, {"魅力属性", "魅力品質", "Attractive"},
                {"必备属性", "必要品質", "Must-be"}, {"无差异属性", "無差異品質", "Indifferent"}};
        double[][] values = {{0.62, -0.81, 0}, {0.71, -0.28, 1}, {0.55, -0.60, 0}, {0.46, -0.22, 1}, {0.66, -0.35, 1},
                {0.78, -0.16, 1}, {0.24, -0.58, 2}, {0.18, -0.29, 3}, {0.31, -0.74, 2}};
        int column = column(language);
        List<KanoChart.Point> points = new ArrayList<>();
        for (int k = 0; k < needs.length; k++) {
            points.add(new KanoChart.Point(needs[k][column], values[k][0], values[k][1], kinds[(int) values[k][2]][column]));
        }
        return new KanoChart.Data(points);
    }

    /** Which of the three columns {simplified, traditional, English} a language reads. */
    private static int column(Language language) {
        return switch (language) {
            case SIMPLIFIED_CHINESE -> 0;
            case TRADITIONAL_CHINESE -> 1;
            case ENGLISH -> 2;
        };
    }

    static IpaChart.Data ipa(Language language) {
        String[] zh = {"取号排队", "窗口受理", "材料审核", "现场缴费", "等候叫号", "咨询导办台", "自助填表机", "证照领取",
                "停车场", "线上预约", "好差评评价器", "离厅引导"};
        String[] en = {"Queue ticket", "Counter intake", "Document check", "Payment", "Waiting to be called",
                "Help desk", "Self-service form kiosk", "Certificate pick-up", "Car park", "Online booking",
                "Rating device", "Exit guidance"};
        double[][] ip = {{4.6, 3.1}, {4.8, 4.2}, {4.5, 3.4}, {3.9, 4.3}, {4.4, 2.8}, {4.1, 3.9}, {3.2, 3.0},
                {4.0, 4.4}, {3.0, 2.6}, {3.8, 3.6}, {2.9, 4.1}, {2.7, 3.7}};
        String[] names = chinese(language) ? zh : en;
        List<IpaChart.Point> points = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            points.add(new IpaChart.Point(names[k], ip[k][0], ip[k][1]));
        }
        return IpaChart.Data.atMeans(points, 1, 5);
    }

    /** Many points close together, labels too long to all fit beside them. */
    static IpaChart.Data crowdedIpa(int count) {
        Random random = new Random(7);
        List<IpaChart.Point> points = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            points.add(new IpaChart.Point("触点 " + (k + 1) + "：窗口工作人员主动说明办理时限与所需材料",
                    3.4 + random.nextDouble() * 1.4, 3.0 + random.nextDouble() * 1.6));
        }
        points.add(new IpaChart.Point("与第一个触点重合的点", points.getFirst().importance(), points.getFirst().performance()));
        return IpaChart.Data.atMidpoints(points, 1, 5);
    }

    static List<String> traits(Language language) {
        return chinese(language) ? List.of("情感影响", "决策节点", "可控性", "传播性", "高频", "高感知")
                : List.of("Emotional impact", "Decision point", "Controllability", "Word of mouth", "Frequency",
                "Perception intensity");
    }

    static ScoreChart.Data scores(Language language, int top) {
        String[] zh = {"等候叫号（大屏不显示预计等候时间）", "窗口受理", "材料审核与一次性告知", "取号排队", "咨询导办台",
                "现场缴费", "证照领取", "线上预约", "离厅引导与好差评", "停车场", "自助填表机", "饮水与充电区"};
        String[] en = {"Waiting to be called (no expected time on the screen)", "Counter intake",
                "Document check and everything told at once", "Queue ticket", "Help desk", "Payment",
                "Certificate pick-up", "Online booking", "Exit guidance and rating", "Car park",
                "Self-service form kiosk", "Water and charging corner"};
        int[][] ratings = {{5, 4, 4, 5, 5, 5}, {5, 5, 5, 4, 5, 4}, {4, 5, 5, 4, 4, 4}, {4, 3, 4, 3, 5, 4},
                {3, 4, 5, 3, 4, 3}, {3, 3, 4, 2, 4, 3}, {3, 2, 4, 3, 3, 4}, {2, 4, 3, 2, 3, 2}, {3, 1, 4, 4, 2, 3},
                {2, 1, 3, 2, 3, 2}, {1, 2, 3, 1, 2, 2}, {1, 1, 2, 1, 2, 1}};
        String[] names = chinese(language) ? zh : en;
        List<String> traits = traits(language);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            List<Segment> segments = new ArrayList<>();
            double total = 0;
            for (int t = 0; t < traits.size(); t++) {
                double points = 100.0 * (ratings[k][t] - 1) / (4 * traits.size());
                segments.add(new Segment(traits.get(t), points));
                total += points;
            }
            rows.add(new Row(names[k], total, segments));
        }
        return new ScoreChart.Data(rows, traits, top);
    }
}
