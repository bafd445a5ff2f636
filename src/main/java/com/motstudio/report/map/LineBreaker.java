package com.motstudio.report.map;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Wraps text to a width: between any two Chinese (or other CJK) characters, at spaces and after
 * hyphens and slashes in Latin text, and inside a word only when the word alone is too wide.
 * Closing punctuation never starts a line and opening punctuation never ends one. Not thread-safe:
 * it remembers the widths it has measured. Shared by the journey map and the charts.
 */
public final class LineBreaker {
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉…,.;:!?)]}%·—";
    private static final String NO_LINE_END = "（《「『【〔〈([{";
    private static final int CACHE_LIMIT = 50_000;

    private final FontRenderContext frc;
    private final Map<Font, Map<String, Double>> widths = new HashMap<>();
    private final Map<Font, double[]> lineMetrics = new HashMap<>();
    /** Per font, each character's advance once measured (0: not yet), in blocks of 256 characters made when first used. */
    private final Map<Font, float[][]> advances = new HashMap<>();

    public LineBreaker(FontRenderContext frc) {
        this.frc = frc;
    }

    public FontRenderContext frc() {
        return frc;
    }

    /** The text in lines no wider than maxWidth (hard line breaks kept, blank lines dropped). */
    public TextBlock wrap(String text, Font font, double maxWidth) {
        double[] metrics = metrics(font);
        double lineHeight = metrics[0];
        List<String> lines = lines(text, font, maxWidth);
        double[] lineWidths = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            lineWidths[i] = TextBlock.measure(lines.get(i), font, frc);
        }
        return new TextBlock(List.copyOf(lines), lineWidths, font, maxWidth, lineHeight, metrics[1]);
    }

    /** Whether the character is closing punctuation, which never starts a line. */
    public static boolean neverStartsLine(int cp) {
        return NO_LINE_START.indexOf(cp) >= 0;
    }

    /** Whether the character is opening punctuation, which never ends a line. */
    public static boolean neverEndsLine(int cp) {
        return NO_LINE_END.indexOf(cp) >= 0;
    }

    /** Only the lines of {@link #wrap}, for a caller with its own metrics (a PDF table's cells). */
    public List<String> lines(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            if (!text.isBlank()) {
                String line = text.strip();
                if (advances(line, font) < maxWidth - 0.5) {
                    lines.add(line); // most cells of a table: one line that fits
                } else {
                    wrapParagraph(line, font, maxWidth, lines);
                }
            }
            return lines;
        }
        for (String paragraph : text.replace("\r", "").split("\n")) {
            if (!paragraph.isBlank()) {
                wrapParagraph(paragraph.strip(), font, maxWidth, lines);
            }
        }
        return lines;
    }

    /**
     * Line height and ascent of a font. Noto's line gap is generous; lines sit 8% closer, which
     * still leaves the glyphs' full ascent and descent inside each line.
     */
    private double[] metrics(Font font) {
        return lineMetrics.computeIfAbsent(font, f -> {
            LineMetrics m = f.getLineMetrics("\u5ba2Ag", frc) /* a CJK glyph and Latin ascender and descender */;
            double full = m.getAscent() + m.getDescent() + m.getLeading();
            return new double[]{Math.ceil(full * 0.92 * 100) / 100, m.getAscent() - full * 0.04};
        });
    }

    private void wrapParagraph(String paragraph, Font font, double maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        double lineWidth = 0; // advance of line, trailing spaces included (advances add up: no kerning)
        for (String token : tokens(paragraph)) {
            String word = token.stripTrailing();
            if (line.isEmpty() || fits(line, word, lineWidth + width(word, font), font, maxWidth)) {
                line.append(token);
                lineWidth += width(token, font);
                if (lineWidth < maxWidth - 0.5 || fits(line.toString().stripTrailing(), lineWidth, font, maxWidth)) {
                    continue;
                }
            } else {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(token);
                lineWidth = width(token, font);
            }
            // a word alone wider than the box: cut it where it must be cut
            String rest = line.toString();
            while (!fits(rest.stripTrailing(), width(rest.stripTrailing(), font), font, maxWidth)) {
                int cut = longestFittingPrefix(rest, font, maxWidth);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.setLength(0);
            line.append(rest);
            lineWidth = width(rest, font);
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().stripTrailing());
        }
    }

    /** Whether line + word fits; the joined text is made only when the summed advance is close to the limit. */
    private boolean fits(StringBuilder line, String word, double summedWidth, Font font, double maxWidth) {
        return summedWidth < maxWidth - 0.5 || fits(line + word, summedWidth, font, maxWidth);
    }

    /** Decides by the summed advance, measuring the whole line only when it is close to the limit. */
    private boolean fits(String text, double summedWidth, Font font, double maxWidth) {
        if (summedWidth < maxWidth - 0.5) {
            return true;
        }
        return text.isEmpty() || TextBlock.measure(text, font, frc) <= maxWidth;
    }

    /** At least one code point, so a box narrower than one character still makes progress. */
    private int longestFittingPrefix(String text, Font font, double maxWidth) {
        int end = text.offsetByCodePoints(0, 1);
        double width = width(text.substring(0, end), font);
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            width += width(text.substring(end, next), font);
            if (!fits(text.substring(0, next), width, font, maxWidth)) {
                break;
            }
            end = next;
        }
        return end;
    }

    private double width(String piece, Font font) {
        double summed = advances(piece, font);
        if (!Double.isNaN(summed)) {
            return summed;
        }
        Map<String, Double> cache = widths.computeIfAbsent(font, f -> new HashMap<>());
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        return cache.computeIfAbsent(piece, p -> TextBlock.measure(p, font, frc));
    }

    /**
     * The text's width as the sum of its characters' advances (remembered per character), or NaN
     * when it has a character whose advance may depend on its neighbours: combining marks and
     * the scripts that are shaped (Arabic, Indic, Thai…). Latin, Greek, Cyrillic and Chinese
     * advances simply add up, as Java2D draws them without kerning or ligatures.
     */
    private double advances(String text, Font font) {
        float[][] known = advances.computeIfAbsent(font, f -> new float[256][]);
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!addsUp(c)) {
                return Double.NaN;
            }
            float[] block = known[c >> 8];
            if (block == null) {
                block = new float[256];
                known[c >> 8] = block;
            }
            float advance = block[c & 0xFF];
            if (advance == 0) {
                advance = (float) TextBlock.measure(String.valueOf(c), font, frc);
                block[c & 0xFF] = advance == 0 ? Float.MIN_VALUE : advance;
            }
            sum += advance;
        }
        return sum;
    }

    private static boolean addsUp(char c) {
        return c < 0x0300 || c >= 0x0370 && c < 0x0483 || c >= 0x2000 && c < 0x2070 || c >= 0x3000 && c < 0x3100
                || c >= 0x3400 && c < 0xA000 || c >= 0xFF00 && c < 0xFFF0;
    }

    /** Units that are never split unless alone too wide: a CJK character or a Latin word with its trailing spaces. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean openingPending = false;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean breakAfterPrevious = !current.isEmpty() && !openingPending && breaksBefore(current, cp);
            if (breakAfterPrevious && NO_LINE_START.indexOf(cp) < 0) {
                tokens.add(current.toString());
                current.setLength(0);
            }
            current.appendCodePoint(cp);
            openingPending = NO_LINE_END.indexOf(cp) >= 0;
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static boolean breaksBefore(StringBuilder previous, int cp) {
        int last = previous.codePointBefore(previous.length());
        if (Character.isWhitespace(cp)) {
            return false; // spaces stay with the word before them
        }
        return Character.isWhitespace(last) || last == '-' || last == '/' || isCjk(last) || isCjk(cp);
    }

    static boolean isCjk(int cp) {
        if (cp < 0x1100) {
            return false; // Latin, Greek, Cyrillic and the rest below the first Hangul block: no script lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
