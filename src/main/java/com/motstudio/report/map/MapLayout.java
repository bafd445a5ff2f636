package com.motstudio.report.map;

import com.motstudio.method.PeakEndResult;
import com.motstudio.model.CustomerType;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out journey maps, remembering each stage's measured layout: because an edit replaces only
 * the records it touches, laying out again after renaming one touchpoint measures that touchpoint
 * alone and reuses every other stage and column. Keep one per view; not thread-safe (the maps it
 * makes are immutable and may be painted anywhere).
 */
public final class MapLayout {
    /** The map's title line as last wrapped. */
    private record Heading(String text, double width, TextBlock block) {}

    private MapStyle style;
    private Heading heading;
    private LaneTitles titles;
    private Legend legend;
    private Map<String, StageColumn> cache = Map.of();
    private long stagesMeasured;
    private long touchpointsMeasured;

    /** The map of a workshop's journey with the given options. */
    public JourneyMap layout(Workshop workshop, MapOptions options) {
        if (style == null || !style.sameAs(options.font(), options.texts())) {
            style = new MapStyle(options.font(), options.texts());
            cache = Map.of();
            heading = null;
            titles = null;
            legend = null;
        }
        List<StageColumn> stages = new ArrayList<>();
        Map<String, StageColumn> kept = new HashMap<>();
        for (Stage stage : workshop.journey().stages()) {
            StageColumn column = stageColumn(stage);
            stages.add(column);
            kept.putIfAbsent(stage.id(), column);
        }
        cache = kept;
        return assemble(workshop, options, stages);
    }

    /** How many stages and touchpoints have been measured so far (reused ones are not counted). */
    long stagesMeasured() {
        return stagesMeasured;
    }

    long touchpointsMeasured() {
        return touchpointsMeasured;
    }

    private StageColumn stageColumn(Stage stage) {
        StageColumn cached = stage.id() == null ? null : cache.get(stage.id());
        if (cached != null && (cached.stage == stage || cached.stage.equals(stage))) {
            return cached;
        }
        Map<String, TouchpointColumn> before = new HashMap<>();
        if (cached != null) {
            cached.columns.forEach(c -> before.put(c.touchpoint.id(), c));
        }
        stagesMeasured++;
        return new StageColumn(stage, style, touchpoint -> column(touchpoint, before.get(touchpoint.id())));
    }

    private TouchpointColumn column(Touchpoint touchpoint, TouchpointColumn before) {
        if (before != null && (before.touchpoint == touchpoint || before.touchpoint.equals(touchpoint))) {
            return before;
        }
        touchpointsMeasured++;
        return new TouchpointColumn(touchpoint, style);
    }

    private JourneyMap assemble(Workshop workshop, MapOptions options, List<StageColumn> stages) {
        MapStyle s = style;
        List<CustomerType> shown = new ArrayList<>();
        for (String id : options.customerTypeIds()) {
            find(workshop, id).ifPresent(shown::add);
        }
        double[] stageX = new double[stages.size()];
        double x = s.margin + s.titleColumn + s.stageGap;
        for (int i = 0; i < stages.size(); i++) {
            stageX[i] = x;
            x += stages.get(i).width + s.stageGap;
        }
        double contentRight = stages.isEmpty() ? s.margin + s.titleColumn : x - s.stageGap;
        double width = Math.max(contentRight + s.margin, 50 * s.base.getSize2D() + 2 * s.margin);
        TextBlock heading = heading(workshop.info().title(), width - 2 * s.margin);

        CurveLane curveLane = new CurveLane(stages, stageX, shown, s);
        LaneTitles titles = titles(shown, curveLane.readings());
        double[] heights = new double[Lane.values().length];
        double least = 2.6 * s.base.getSize2D();
        for (Lane lane : Lane.values()) {
            double need = titles.need(lane) + 2 * s.lanePad;
            for (StageColumn stage : stages) {
                double content = stage.need(lane);
                need = Math.max(need, lane == Lane.STAGES ? content : content + 2 * s.lanePad);
            }
            if (lane == Lane.EMOTIONS) {
                need = Math.max(need, curveLane.need());
            }
            heights[lane.ordinal()] = Math.max(need, least);
        }
        LaneGrid lanes = LaneGrid.stack(s.margin + heading.height() + s.pad * 1.5, heights, s.laneGap);
        CurveScale scale = curveLane.scale(lanes.top(Lane.EMOTIONS), lanes.height(Lane.EMOTIONS));
        List<EmotionCurve> curves = curveLane.place(scale);
        Legend legend = legend(shown, width - 2 * s.margin);
        double legendY = lanes.bottom() + s.legendGap;
        double height = legendY + legend.height + s.margin;
        return new JourneyMap(s, heading, List.copyOf(stages), stageX, lanes, titles, scale, curves, legend, legendY,
                width, height);
    }

    // Heading, lane titles and legend change rarely; rebuilding them on every edit would cost as much as a stage.

    private TextBlock heading(String workshopTitle, double width) {
        String text = style.texts.get("map.title") + (workshopTitle.isBlank() ? "" : " · " + workshopTitle);
        if (heading == null || !heading.text().equals(text) || heading.width() != width) {
            heading = new Heading(text, width, style.wrap(text, style.title, width));
        }
        return heading.block();
    }

    private LaneTitles titles(List<CustomerType> shown, List<Optional<PeakEndResult>> readings) {
        if (titles == null || !titles.shown.equals(shown) || !titles.readings.equals(readings)) {
            titles = new LaneTitles(style, shown, readings);
        }
        return titles;
    }

    private Legend legend(List<CustomerType> shown, double width) {
        List<String> names = shown.stream().map(CustomerType::name).toList();
        if (legend == null || !legend.names.equals(names) || legend.width != width) {
            legend = new Legend(style, shown, width);
        }
        return legend;
    }

    private static Optional<CustomerType> find(Workshop workshop, String id) {
        return workshop.customerTypes().stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
