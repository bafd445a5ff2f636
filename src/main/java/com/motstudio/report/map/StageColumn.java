package com.motstudio.report.map;

import com.motstudio.model.EmotionScore;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The measured layout of one stage: its header and its touchpoint columns. It depends only on the
 * stage and the style, so after an edit the map keeps the layouts of all stages but the edited one.
 */
final class StageColumn {
    final Stage stage;
    final double width;
    final TextBlock name;
    final TextBlock description;
    final double headerHeight;
    final List<TouchpointColumn> columns;
    static final int NO_SCORE = Integer.MIN_VALUE;

    private final Map<Lane, Double> needs = new EnumMap<>(Lane.class);
    private final Map<String, int[]> scores = new ConcurrentHashMap<>();

    /** Lays out a stage, taking each touchpoint's column from {@code columnOf} (which may reuse one). */
    StageColumn(Stage stage, MapStyle style, Function<Touchpoint, TouchpointColumn> columnOf) {
        this.stage = stage;
        this.width = style.stageWidth(stage.touchpoints().size());
        double inner = width - 2 * style.pad;
        this.name = style.wrap(stage.name().isBlank() ? style.texts.get("map.untitled") : stage.name(),
                style.header, inner);
        this.description = style.wrap(stage.description(), style.small, inner);
        this.headerHeight = name.height() + (description.isEmpty() ? 0 : style.pad * 0.4 + description.height())
                + 2 * style.pad;
        this.columns = stage.touchpoints().stream().map(columnOf).toList();
        needs.put(Lane.STAGES, headerHeight);
        for (Lane lane : List.of(Lane.ACTIONS, Lane.TOUCHPOINTS, Lane.PAIN_POINTS, Lane.OPPORTUNITIES)) {
            double most = 0;
            for (TouchpointColumn column : columns) {
                most = Math.max(most, column.need(lane));
            }
            needs.put(lane, most);
        }
    }

    /** The content height this stage needs in a lane (without the lane's padding); 0 for the curve lane. */
    double need(Lane lane) {
        return needs.getOrDefault(lane, 0.0);
    }

    /**
     * Each column's score from a customer type, {@link #NO_SCORE} where it has none; remembered, as
     * the curve asks for it on every layout.
     */
    int[] scores(String customerTypeId) {
        return scores.computeIfAbsent(customerTypeId, id -> {
            int[] found = new int[columns.size()];
            for (int c = 0; c < found.length; c++) {
                found[c] = NO_SCORE;
                for (EmotionScore emotion : columns.get(c).touchpoint.emotions()) {
                    if (emotion.customerTypeId().equals(id)) {
                        found[c] = emotion.score();
                        break;
                    }
                }
            }
            return found;
        });
    }

    /** The index of the column under a stage-relative x, or -1 between columns or outside. */
    int columnAt(double x, MapStyle style) {
        int index = (int) Math.floor((x - style.stagePad) / (style.column + style.columnGap));
        if (index < 0 || index >= columns.size()) {
            return -1;
        }
        double left = style.columnX(index);
        return x >= left && x <= left + style.column ? index : -1;
    }
}
