package com.motstudio.bench;

import com.motstudio.model.*;
import com.motstudio.report.BundledFont;
import com.motstudio.report.pdf.DocumentKind;
import com.motstudio.report.pdf.ExportOptions;
import com.motstudio.report.pdf.ExportProgress;
import com.motstudio.report.pdf.PdfExport;
import com.motstudio.text.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times the workshop report of a large workshop (1,000 touchpoints, 50 moments, 300 actions, 12
 * months of measurements) against a floor made in the same run: OpenPDF writing the report's own
 * text, line by line, in a plain one-column table with the same embedded font. Prints both and the
 * ratio (target ≤ 2), of this thread's CPU time (the fastest of 11 alternating runs, and the median of
 * each run's report against the floor written right after it) and of wall time: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbench=ReportBenchmark}.
 */
public final class ReportBenchmark {
    private static final int WARMUP = 3;
    private static final int RUNS = 11;

    private ReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Workshop workshop = large();
        ExportOptions options = ExportOptions.of(DocumentKind.REPORT, Language.SIMPLIFIED_CHINESE).withDate(LocalDate.of(2026, 12, 1));
        byte[] report = report(workshop, options);
        List<String> lines;
        int pages;
        try (PDDocument document = Loader.loadPDF(report)) {
            pages = document.getNumberOfPages();
            lines = Arrays.stream(new PDFTextStripper().getText(document).split("\\R")).filter(l -> !l.isBlank()).toList();
        }
        byte[] font;
        try (InputStream in = BundledFont.class.getResourceAsStream(BundledFont.RESOURCE)) {
            font = in.readAllBytes();
        }
        for (int i = 0; i < WARMUP; i++) {
            report(workshop, options);
            floor(lines, font);
        }
        // Wall time on a shared machine moves with the other processes; the CPU time of this thread (what the
        // writing itself costs, the collector's and compiler's threads left out) moves much less. Both are printed;
        // the ratio compares the fastest CPU times, the least disturbed run of each.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] reportMs = new double[RUNS];
        double[] floorMs = new double[RUNS];
        double[] reportCpu = new double[RUNS];
        double[] floorCpu = new double[RUNS];
        int floorBytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            report(workshop, options);
            reportMs[i] = (System.nanoTime() - start) / 1e6;
            reportCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            cpu = threads.getCurrentThreadCpuTime();
            start = System.nanoTime();
            floorBytes = floor(lines, font).length;
            floorMs[i] = (System.nanoTime() - start) / 1e6;
            floorCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        System.out.printf("workshop report: %d touchpoints, %d moments, %d actions, %d measurements -> %d pages, %,d bytes%n",
                workshop.journey().touchpoints().size(), workshop.keyMoments().moments().size(), workshop.plan().actions().size(),
                workshop.monitoring().measurements().size(), pages, report.length);
        System.out.printf("floor: the same %,d lines in a plain table, same font, %,d bytes%n", lines.size(), floorBytes);
        System.out.printf("report  CPU fastest %.0f ms (runs %s), wall median %.0f ms (runs %s)%n",
                min(reportCpu), Arrays.toString(round(reportCpu)), median(reportMs), Arrays.toString(round(reportMs)));
        System.out.printf("floor   CPU fastest %.0f ms (runs %s), wall median %.0f ms (runs %s)%n",
                min(floorCpu), Arrays.toString(round(floorCpu)), median(floorMs), Arrays.toString(round(floorMs)));
        double[] paired = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            paired[i] = reportCpu[i] / floorCpu[i];
        }
        System.out.printf("ratio   %.2f CPU, fastest runs (target <= 2); %.2f CPU, median of each run's report / the floor after it;"
                + " wall medians %.2f%n", min(reportCpu) / min(floorCpu), median(paired), median(reportMs) / median(floorMs));
    }

    private static byte[] report(Workshop workshop, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(workshop, options, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    private static byte[] floor(List<String> lines, byte[] fontBytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 60, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        BaseFont base = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, fontBytes, null);
        Font font = new Font(base, 8.5f);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        for (String line : lines) {
            table.addCell(new Phrase(line, font));
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    /** 10 stages × 100 touchpoints with ratings, 50 confirmed moments each with a standard, 6 actions and a KPI measured monthly for a year. */
    public static Workshop large() {
        Workshop w = LargeWorkshop.of(10, 100, 42);
        Random random = new Random(42);
        List<Touchpoint> touchpoints = w.journey().touchpoints();
        List<Participant> raters = List.of(new Participant("pa-1", "李敏", "", ""), new Participant("pa-2", "陈刚", "", ""),
                new Participant("pa-3", "赵丽", "", ""));
        List<TraitRating> ratings = new ArrayList<>();
        for (Participant p : raters) {
            for (Touchpoint tp : touchpoints) {
                for (Trait trait : Trait.values()) {
                    ratings.add(new TraitRating(p.id(), tp.id(), trait, 1 + random.nextInt(5)));
                }
            }
        }
        LocalDate day = LocalDate.of(2026, 1, 5);
        List<MomentOfTruth> moments = new ArrayList<>();
        List<ServiceStandard> standards = new ArrayList<>();
        List<ImprovementAction> actions = new ArrayList<>();
        List<Kpi> kpis = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        for (int m = 0; m < 50; m++) {
            Touchpoint tp = touchpoints.get(m * 20);
            String id = "mo-" + m;
            moments.add(new MomentOfTruth(id, tp.id(), "情绪低谷且差评集中 · " + tp.name(), day, "一次办成", "", "材料反复补", "一次告知",
                    "您好，请坐。", "非常抱歉，我马上处理。"));
            standards.add(new ServiceStandard("ss-" + m, id, "一次性告知标准 " + m, List.of(
                    new ChecklistItem("ci-" + m + "a", "主动起身问候", "五秒内", CheckMethod.OBSERVATION),
                    new ChecklistItem("ci-" + m + "b", "书面告知全部材料", "与清单一致", CheckMethod.RECORD))));
            kpis.add(new Kpi("kp-" + m, "差评率 " + m, "%", Direction.LOWER_IS_BETTER, 5.0, 2.0, day.plusMonths(12), "好差评系统", List.of(id)));
            for (int a = 0; a < 6; a++) {
                actions.add(new ImprovementAction("ac-" + m + "-" + a, "改进行动 " + m + "-" + a + "：编制告知单并培训窗口人员",
                        ActionType.values()[a], "", List.of(id), List.of("kp-" + m), raters.get(a % 3).name(), "综合受理科",
                        day.plusDays(7L * a), day.plusDays(30 + 14L * a + m), 2, 4, "", ActionStatus.values()[a % 5]));
            }
            for (int month = 0; month < 12; month++) {
                measurements.add(new Measurement("me-" + m + "-" + month, "kp-" + m, day.plusMonths(month), 5 - month * 0.2 + random.nextDouble(), ""));
            }
        }
        return w.withInfo(w.info().withParticipants(raters).withFacilitator("王老师"))
                .withKeyMoments(w.keyMoments().withRatings(ratings).withMoments(moments))
                .withPlan(new Plan(standards, actions, kpis))
                .withMonitoring(new Monitoring(measurements, List.of(), List.of(), 5, List.of()));
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
