package com.motstudio.store.csv;

import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.Journey;
import com.motstudio.store.KanoNeeds;
import com.motstudio.store.ServqualItems;
import com.motstudio.text.Language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Writes the SERVQUAL and KANO example files of docs/examples from seeded random numbers, so the
 * 30 respondents look like a real government-hall survey without being typed by hand. The test
 * {@code SurveyExamplesTest} checks that the files are exactly what this writes; after changing
 * it, rewrite them with {@code -Dmot.writeExamples=true}.
 */
final class SurveyExampleFiles {
    static final Path SERVQUAL = Path.of("docs/examples/servqual-responses-zh-CN.csv");
    static final Path KANO = Path.of("docs/examples/kano-responses-zh-CN.csv");
    static final Path RATINGS = Path.of("docs/examples/ratings-zh-CN.csv");
    static final int RESPONDENTS = 30;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Mean expectation and perception per dimension: citizens expect most of reliability and responsiveness, and wait too long. */
    private static final double[][] MEANS = {{6.0, 5.7}, {6.6, 5.3}, {6.5, 4.5}, {6.3, 5.6}, {5.9, 5.0}};
    /** Points of 100 a typical respondent gives the dimensions. */
    private static final int[] WEIGHTS = {15, 30, 25, 15, 15};

    private SurveyExampleFiles() {}

    /** The SERVQUAL file: 22 expectation columns, then 22 perception columns, then weights, as a two-part questionnaire is laid out. */
    static String servqual() {
        Random random = new Random(20250301L);
        StringJoiner header = new StringJoiner(",");
        header.add("受访者");
        for (String prefix : List.of("期望", "感知")) {
            for (int item = 1; item <= ServqualItems.COUNT; item++) {
                header.add(prefix + item);
            }
        }
        for (String dimension : List.of("有形性", "可靠性", "响应性", "保证性", "移情性")) {
            header.add("权重：" + dimension);
        }
        StringBuilder file = new StringBuilder(header + "\r\n");
        for (int r = 1; r <= RESPONDENTS; r++) {
            double mood = random.nextGaussian() * 0.5;
            List<String> cells = new ArrayList<>();
            cells.add(String.format(Locale.ROOT, "R%02d", r));
            for (int side = 0; side < 2; side++) {
                for (int item = 1; item <= ServqualItems.COUNT; item++) {
                    double mean = MEANS[ServqualItems.dimensionOf(item).ordinal()][side];
                    // waiting (11) and opening hours (19) are the sore points of a service hall
                    mean -= side == 1 && (item == 11 || item == 19) ? 0.6 : 0;
                    double value = mean + (side == 1 ? mood : mood / 3) + random.nextGaussian() * 0.7;
                    boolean skipped = random.nextInt(100) == 0;
                    cells.add(skipped ? "" : Long.toString(Math.clamp(Math.round(value), 1, 7)));
                }
            }
            cells.addAll(weights(random, r));
            file.append(String.join(",", cells)).append("\r\n");
        }
        return file.toString();
    }

    /** Most respondents split 100 points, moving fives from the typical split; every fifth leaves it out. */
    private static List<String> weights(Random random, int respondent) {
        if (respondent % 5 == 0) {
            return List.of("", "", "", "", "");
        }
        int[] points = WEIGHTS.clone();
        for (int move = 0; move < 4; move++) {
            int from = random.nextInt(points.length);
            int to = random.nextInt(points.length);
            if (points[from] >= 10) {
                points[from] -= 5;
                points[to] += 5;
            }
        }
        List<String> cells = new ArrayList<>();
        for (int p : points) {
            cells.add(Integer.toString(p));
        }
        return cells;
    }

    /** The answers as a Chinese questionnaire words them, in the order of {@link KanoAnswer}. */
    private static final List<String> WORDS = List.of("我很喜欢", "理应如此", "无所谓", "勉强接受", "我很不喜欢");

    /** Category shares per example need, in the order attractive, one-dimensional, must-be, indifferent. */
    private static final int[][] KANO_SHARES = {
            {10, 25, 55, 10}, {30, 45, 10, 15}, {50, 20, 5, 25}, {40, 10, 5, 45}, {35, 40, 15, 10}, {55, 10, 5, 30}};

    /** The KANO file: a functional and a dysfunctional column per example need, answers in words. */
    static String kano() {
        Random random = new Random(20250302L);
        List<KanoNeed> needs = KanoNeeds.example(Language.SIMPLIFIED_CHINESE, Journey.empty());
        StringJoiner header = new StringJoiner(",");
        header.add("受访者");
        for (KanoNeed need : needs) {
            header.add("正向：" + need.name()).add("反向：" + need.name());
        }
        StringBuilder file = new StringBuilder(header + "\r\n");
        for (int r = 1; r <= RESPONDENTS; r++) {
            List<String> cells = new ArrayList<>();
            cells.add(String.format(Locale.ROOT, "K%02d", r));
            for (int n = 0; n < needs.size(); n++) {
                KanoAnswer[] pair = pair(random, KANO_SHARES[n]);
                cells.add(WORDS.get(pair[0].ordinal()));
                cells.add(WORDS.get(pair[1].ordinal()));
            }
            file.append(String.join(",", cells)).append("\r\n");
        }
        return file.toString();
    }

    /** A functional and dysfunctional answer that the evaluation table reads as a category drawn by the shares. */
    private static KanoAnswer[] pair(Random random, int[] shares) {
        int roll = random.nextInt(100);
        int category = 0;
        while (roll >= shares[category]) {
            roll -= shares[category];
            category++;
        }
        KanoAnswer[] middle = {KanoAnswer.MUST_BE, KanoAnswer.NEUTRAL, KanoAnswer.NEUTRAL, KanoAnswer.LIVE_WITH};
        return switch (category) {
            case 0 -> new KanoAnswer[] {KanoAnswer.LIKE, middle[random.nextInt(middle.length)]};
            case 1 -> new KanoAnswer[] {KanoAnswer.LIKE, KanoAnswer.DISLIKE};
            case 2 -> new KanoAnswer[] {middle[random.nextInt(middle.length)], KanoAnswer.DISLIKE};
            default -> new KanoAnswer[] {middle[random.nextInt(middle.length)], middle[random.nextInt(middle.length)]};
        };
    }

    /** Rewrites the generated example files, with the BOM Excel needs to read them as UTF-8. */
    static void write() throws IOException {
        Files.write(SERVQUAL, withBom(servqual()));
        Files.write(KANO, withBom(kano()));
    }

    static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }
}
