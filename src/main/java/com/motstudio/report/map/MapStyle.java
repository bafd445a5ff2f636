package com.motstudio.report.map;

import com.motstudio.model.EmotionScore;
import com.motstudio.model.JourneyPhase;
import com.motstudio.text.Texts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The fonts and sizes of a journey map, all in map units and proportional to the base font size,
 * so a larger font scales the whole map. Only the layout thread wraps text; painters use what it made.
 */
final class MapStyle {
    final Texts texts;
    final Font base;
    final Font small;
    final Font bold;
    final Font header;
    final Font title;
    final LineBreaker breaker;
    /** The value shown in a curve point, per score from −5 to +5 (index score + 5). */
    final TextBlock[] values;
    /** The text of each phase badge, by {@link JourneyPhase#ordinal()}. */
    final TextBlock[] phases;
    private final Map<Key, TextBlock> remembered = new HashMap<>();

    private record Key(String text, Font font, double width) {}

    /** Width of a touchpoint column, gap between columns, padding inside a stage. */
    final double column;
    final double columnGap;
    final double stagePad;
    final double stageGap;
    final double titleColumn;
    final double margin;
    final double laneGap;
    final double lanePad;
    final double pad;
    final double cardGap;
    final double chipBar;
    final double icon;
    final double radius;
    final double step;
    final double legendGap;

    MapStyle(Font font, Texts texts) {
        this.texts = texts;
        this.base = font.deriveFont(Font.PLAIN);
        float s = base.getSize2D();
        this.small = base.deriveFont(s * 0.82f);
        this.bold = base.deriveFont(Font.BOLD);
        this.header = base.deriveFont(Font.BOLD, s * 1.1f);
        this.title = base.deriveFont(Font.BOLD, s * 1.45f);
        this.breaker = new LineBreaker(new FontRenderContext(null, true, true));
        this.column = 11 * s;
        this.columnGap = 0.8 * s;
        this.stagePad = 0.6 * s;
        this.stageGap = 0.35 * s;
        this.titleColumn = 12.5 * s;
        this.margin = 1.2 * s;
        this.laneGap = 0.35 * s;
        this.lanePad = 0.55 * s;
        this.pad = 0.5 * s;
        this.cardGap = 0.4 * s;
        this.chipBar = 0.35 * s;
        this.icon = 1.05 * s;
        this.radius = 0.95 * s;
        this.step = 1.25 * s;
        this.legendGap = 1.2 * s;
        this.values = new TextBlock[EmotionScore.MAX - EmotionScore.MIN + 1];
        for (int score = EmotionScore.MIN; score <= EmotionScore.MAX; score++) {
            values[score - EmotionScore.MIN] = wrap(EmotionCurve.signed(score), small, 4 * radius);
        }
        this.phases = new TextBlock[JourneyPhase.values().length];
        for (JourneyPhase phase : JourneyPhase.values()) {
            phases[phase.ordinal()] = wrap(texts.get("map.phase." + phase.name()), small, column - chipBar - 2 * pad);
        }
    }

    /** The value text of a score, as drawn in its curve point. */
    TextBlock value(int score) {
        return values[score - EmotionScore.MIN];
    }

    boolean sameAs(Font font, Texts texts) {
        return this.texts == texts && this.base.equals(font.deriveFont(Font.PLAIN));
    }

    TextBlock wrap(String text, Font font, double maxWidth) {
        return breaker.wrap(text, font, maxWidth);
    }

    /** Like {@link #wrap}, remembering the result: for the few texts made again on every layout (callouts). */
    TextBlock wrapRemembered(String text, Font font, double maxWidth) {
        if (remembered.size() > 2_000) {
            remembered.clear();
        }
        return remembered.computeIfAbsent(new Key(text, font, maxWidth), k -> wrap(text, font, maxWidth));
    }

    FontRenderContext frc() {
        return breaker.frc();
    }

    /** The x of a touchpoint column's left edge inside its stage. */
    double columnX(int index) {
        return stagePad + index * (column + columnGap);
    }

    /** A stage's width: its columns (at least one, so an empty stage still shows its header). */
    double stageWidth(int touchpoints) {
        int columns = Math.max(1, touchpoints);
        return 2 * stagePad + columns * column + (columns - 1) * columnGap;
    }
}
