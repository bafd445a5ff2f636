package com.motstudio.bench;

import com.motstudio.model.Direction;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.Kpi;
import com.motstudio.model.Plan;
import com.motstudio.model.Workshop;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The largest CSV files each import allows (20,000 rows below the header, 10 MB, 500 cells a row),
 * filled with good rows or with a problem in every cell, and workshops to import them into; for the
 * preview benchmark and the tests of the import limits.
 */
public final class LargestCsvFiles {
    /** Rows below the header: the import's limit. */
    public static final int ROWS = 20_000;
    /** Cells without a header in each row of the broken files: about 8 MB, as the file of issue 14. */
    public static final int STRAY_CELLS = 200;
    /** KANO needs of the workshop the KANO files go to. */
    public static final int NEEDS = 50;

    private LargestCsvFiles() {}

    public static byte[] touchpoints() {
        String text = "窗口受理时群众询问材料要求，工作人员逐项核对并一次性告知。".repeat(5); // about 450 bytes
        return rows("stage,touchpoint,description,pain points,emotion", i -> "阶段" + i % 10 + ",触点" + i + "," + text
                + ",排队|材料," + (i % 11 - 5));
    }

    public static byte[] brokenTouchpoints() {
        return rows("stage,touchpoint", i -> "阶段,触点" + ",x".repeat(STRAY_CELLS));
    }

    public static byte[] ratings() {
        return rows("survey,touchpoint,kind,value,count", i -> "第" + i % 50 + "轮,,NPS," + i % 11 + "," + i);
    }

    /** Every row holds {@value #STRAY_CELLS} cells with no header: 4,000,000 problems in 8 MB. */
    public static byte[] brokenRatings() {
        return rows("kind,value", i -> "NPS,5" + ",x".repeat(STRAY_CELLS));
    }

    public static byte[] kano() {
        return rows(kanoHeader(), i -> "r" + i + ",1,5".repeat(NEEDS));
    }

    public static byte[] brokenKano() {
        return rows(kanoHeader(), i -> "r" + i + ",zz,zz".repeat(NEEDS));
    }

    /** {@code rows} respondents answering every one of the 22 standard items on 1–7. */
    public static byte[] servqual(int rows) {
        StringBuilder header = new StringBuilder("respondent");
        for (int i = 1; i <= 22; i++) {
            header.append(",E").append(i).append(",P").append(i);
        }
        return rows(header.toString(), rows, i -> "r" + i + (",7," + (1 + i % 7)).repeat(22));
    }

    public static byte[] brokenServqual() {
        return rows(new String(servqual(1), StandardCharsets.UTF_8).lines().findFirst().orElseThrow(),
                i -> "r" + i + ",9,0".repeat(22));
    }

    /** Names the touchpoints of {@link #ipaWorkshop()} by id. */
    public static byte[] ipa() {
        return rows("touchpoint,importance,performance", i -> String.format("tp-%02d-%04d,4.5,2.5", i / 1000, i % 1000));
    }

    public static byte[] brokenIpa() {
        return rows("touchpoint,importance,performance", i -> "无此触点" + i + ",6,0");
    }

    public static byte[] measurements() {
        String note = "周一上午高峰，三个窗口同时受理，叫号屏故障一小时。".repeat(6); // about 450 bytes
        return rows("kpi,date,value,note", i -> "平均等候时间,2026-" + (1 + i % 12) + "-" + (1 + i % 28) + "," + i % 60 + "," + note);
    }

    public static byte[] brokenMeasurements() {
        return rows("kpi,date,value,note", i -> "平均等候时间,10000-1-" + (1 + i % 28) + ",5,");
    }

    /** A blank workshop with the KPI 平均等候时间, {@value #NEEDS} KANO needs and no answers. */
    public static Workshop workshop() {
        Kpi kpi = new Kpi("kp-wait", "平均等候时间", "", Direction.LOWER_IS_BETTER, null, null, null, "", List.of());
        List<KanoNeed> needs = new ArrayList<>();
        for (int i = 0; i < NEEDS; i++) {
            needs.add(new KanoNeed("kn-" + i, "需求" + i, "", "", List.of()));
        }
        Workshop blank = Workshop.blank("zh-CN", "办事群众").withPlan(new Plan(List.of(), List.of(), List.of(kpi)));
        return blank.withKeyMoments(blank.keyMoments().withKano(new KanoSurvey(needs, List.of())));
    }

    /** The benchmark's large workshop with 20,000 touchpoints, tp-00-0000 to tp-19-0999. */
    public static Workshop ipaWorkshop() {
        return LargeWorkshop.of(20, 1_000, 42);
    }

    private static String kanoHeader() {
        StringBuilder header = new StringBuilder("respondent");
        for (int i = 1; i <= NEEDS; i++) {
            header.append(",F").append(i).append(",D").append(i);
        }
        return header.toString();
    }

    private interface Row {
        String text(int index);
    }

    private static byte[] rows(String header, Row row) {
        return rows(header, ROWS, row);
    }

    private static byte[] rows(String header, int count, Row row) {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (int i = 0; i < count; i++) {
            text.append(row.text(i)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
