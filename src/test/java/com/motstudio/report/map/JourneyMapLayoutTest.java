package com.motstudio.report.map;

import com.motstudio.method.PeakEnd;
import com.motstudio.method.PeakEndResult;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.report.map.EmotionCurve.Callout;
import com.motstudio.report.map.PlacedTexts.Placed;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The layout of a 64-touchpoint map with long Chinese and English text: nothing overlaps or is cut. */
class JourneyMapLayoutTest {
    private static final double EPS = 0.01;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static Workshop workshop;
    private static JourneyMap map;

    @BeforeAll
    static void layOut() {
        workshop = SampleJourney.create();
        map = new MapLayout().layout(workshop, MapOptions.of(new Texts(Language.SIMPLIFIED_CHINESE),
                List.of(SampleJourney.CITIZEN, SampleJourney.AGENT)));
    }

    @Test
    void noTwoChipsOverlap() {
        List<Rectangle2D> chips = touchpoints().stream().map(t -> map.chipBounds(t.id()).orElseThrow())
                .sorted(Comparator.comparingDouble(Rectangle2D::getX)).toList();
        assertThat(chips).hasSize(SampleJourney.STAGES * SampleJourney.PER_STAGE);
        for (int i = 1; i < chips.size(); i++) {
            assertThat(chips.get(i).getMinX()).as("chip %d starts right of chip %d", i, i - 1)
                    .isGreaterThan(chips.get(i - 1).getMaxX());
        }
    }

    @Test
    void everyLineFitsItsBoxMeasuredWithTheSameFont() {
        List<Placed> texts = PlacedTexts.of(map);
        assertThat(texts).hasSizeGreaterThan(200);
        for (Placed placed : texts) {
            for (String line : placed.text().lines()) {
                assertThat(TextBlock.measure(line, placed.text().font(), FRC)).as("%s line '%s'", placed.what(), line)
                        .isLessThanOrEqualTo(placed.text().maxWidth() + EPS);
            }
            for (Rectangle2D line : PlacedTexts.lineBoxes(placed, FRC)) {
                assertThat(contains(placed.box(), line)).as("%s inside its box: %s in %s", placed.what(), line, placed.box())
                        .isTrue();
            }
        }
    }

    @Test
    void everyTextIsFoundInTheBundles() {
        for (Language language : Language.values()) {
            JourneyMap translated = new MapLayout().layout(workshop, MapOptions.of(new Texts(language),
                    List.of(SampleJourney.CITIZEN, SampleJourney.AGENT)));
            assertThat(PlacedTexts.of(translated)).allSatisfy(p -> assertThat(String.join("", p.text().lines()))
                    .as(p.what()).doesNotContain("!enum.", "!map."));
        }
    }

    @Test
    void longTextsWrapIntoSeveralLines() {
        List<Placed> texts = PlacedTexts.of(map);
        assertThat(texts).filteredOn(p -> p.what().equals("pain point") && p.text().lines().size() >= 3).isNotEmpty();
        assertThat(texts).filteredOn(p -> p.what().equals("chip name") && p.text().lines().size() >= 4).isNotEmpty();
        // the long URL is cut inside the word, since it alone is wider than its card
        assertThat(texts).filteredOn(p -> p.text().lines().stream().anyMatch(l -> l.contains("zwfw"))).isNotEmpty()
                .allSatisfy(p -> assertThat(p.text().lines()).hasSizeGreaterThan(2));
    }

    @Test
    void cardsStayInsideTheirLanesAndLanesDoNotOverlap() {
        for (Lane lane : Lane.values()) {
            Rectangle2D bounds = map.laneBounds(lane);
            for (StageColumn stage : map.stages) {
                double padding = lane == Lane.STAGES ? 0 : 2 * map.style.lanePad;
                assertThat(stage.need(lane) + padding).as("%s of %s", lane, stage.stage.name())
                        .isLessThanOrEqualTo(bounds.getHeight() + EPS);
            }
            if (lane.ordinal() > 0) {
                Rectangle2D above = map.laneBounds(Lane.values()[lane.ordinal() - 1]);
                assertThat(bounds.getMinY()).isGreaterThan(above.getMaxY());
            }
        }
        assertThat(map.lanes.bottom()).isLessThan(map.height());
    }

    @Test
    void lanesAlignAcrossStages() {
        Set<Double> chipTops = touchpoints().stream().map(t -> map.chipBounds(t.id()).orElseThrow().getY())
                .collect(Collectors.toSet());
        assertThat(chipTops).hasSize(1);
        Set<Double> stageTops = new java.util.HashSet<>();
        Set<Double> stageBottoms = new java.util.HashSet<>();
        for (int i = 0; i < map.stages.size(); i++) {
            stageTops.add(map.stageBounds(i).getMinY());
            stageBottoms.add(map.stageBounds(i).getMaxY());
        }
        assertThat(stageTops).hasSize(1);
        assertThat(stageBottoms).containsExactly(map.laneBounds(Lane.OPPORTUNITIES).getMaxY());
    }

    @Test
    void stagesAreAsWideAsTheirTouchpoints() {
        for (int i = 1; i < map.stages.size(); i++) {
            assertThat(map.stageBounds(i).getMinX()).isGreaterThan(map.stageBounds(i - 1).getMaxX());
        }
        StageColumn first = map.stages.getFirst();
        Rectangle2D last = map.chipBounds(first.columns.getLast().touchpoint.id()).orElseThrow();
        assertThat(last.getMaxX()).isLessThanOrEqualTo(map.stageBounds(0).getMaxX());
        assertThat(map.stageBounds(0).getWidth()).isEqualTo(map.style.stageWidth(SampleJourney.PER_STAGE));
    }

    @Test
    void peakAndEndMarkersSitWherePeakEndSays() {
        for (String type : List.of(SampleJourney.CITIZEN, SampleJourney.AGENT)) {
            PeakEndResult expected = PeakEnd.of(workshop.journey(), type).orElseThrow();
            assertThat(map.peakEnd(type)).contains(expected);
            EmotionCurve curve = map.curves.stream().filter(c -> c.customerType().id().equals(type)).findFirst().orElseThrow();
            Set<String> marked = curve.callouts().stream().map(Callout::touchpointId).collect(Collectors.toSet());
            assertThat(marked).containsExactlyInAnyOrder(expected.lowest().touchpointId(),
                    expected.highest().touchpointId(), expected.end().touchpointId());
            for (Callout callout : curve.callouts()) {
                Point2D point = map.pointOf(type, callout.touchpointId()).orElseThrow();
                assertThat(callout.pointX()).isEqualTo(point.getX());
                assertThat(callout.pointY()).isEqualTo(point.getY());
                Rectangle2D chip = map.chipBounds(callout.touchpointId()).orElseThrow();
                assertThat(point.getX()).isBetween(chip.getMinX(), chip.getMaxX());
                assertThat(callout.box().getMinX()).isGreaterThanOrEqualTo(chip.getMinX() - EPS);
                assertThat(callout.box().getMaxX()).isLessThanOrEqualTo(chip.getMaxX() + EPS);
            }
            Point2D lowest = map.pointOf(type, expected.lowest().touchpointId()).orElseThrow();
            Point2D highest = map.pointOf(type, expected.highest().touchpointId()).orElseThrow();
            assertThat(lowest.getY() - highest.getY())
                    .isCloseTo((expected.highest().score() - expected.lowest().score()) * map.style.step, org.assertj.core.data.Offset.offset(EPS));
        }
        // the citizen dips to -5 at touchpoint 37, peaks at +5 at 58 and ends at +2: (-5 + 2) / 2
        PeakEndResult citizen = map.peakEnd(SampleJourney.CITIZEN).orElseThrow();
        assertThat(citizen.lowest().touchpointId()).isEqualTo("tp-37");
        assertThat(citizen.highest().touchpointId()).isEqualTo("tp-58");
        assertThat(citizen.remembered()).isEqualTo(-1.5);
    }

    @Test
    void calloutsCoverNoPointAndNoOtherCallout() {
        List<Rectangle2D> boxes = new ArrayList<>();
        map.curves.forEach(c -> c.callouts().forEach(k -> boxes.add(k.box())));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("callouts %d and %d", i, j).isFalse();
            }
        }
        double r = map.style.radius;
        for (EmotionCurve curve : map.curves) {
            for (int i = 0; i < curve.size(); i++) {
                Rectangle2D marker = new Rectangle2D.Double(curve.xs()[i] - r, curve.ys()[i] - r, 2 * r, 2 * r);
                assertThat(boxes).noneMatch(b -> b.intersects(marker));
                assertThat(marker.getMinY()).isGreaterThanOrEqualTo(map.laneBounds(Lane.EMOTIONS).getMinY());
                assertThat(marker.getMaxY()).isLessThanOrEqualTo(map.laneBounds(Lane.EMOTIONS).getMaxY());
            }
        }
        assertThat(boxes).allMatch(b -> contains(map.laneBounds(Lane.EMOTIONS), b));
    }

    @Test
    void aClickOnAChipFindsItsTouchpoint() {
        for (Touchpoint touchpoint : touchpoints()) {
            Rectangle2D chip = map.chipBounds(touchpoint.id()).orElseThrow();
            assertThat(map.touchpointAt(chip.getCenterX(), chip.getCenterY())).contains(touchpoint.id());
            assertThat(map.touchpointAt(chip.getMinX() + 1, chip.getMaxY() - 1)).contains(touchpoint.id());
            assertThat(map.touchpointAt(chip.getMaxX() + map.style.columnGap / 2, chip.getCenterY())).isEmpty();
            assertThat(map.touchpointAt(chip.getCenterX(), chip.getMinY() - 2)).isEmpty();
        }
        assertThat(map.touchpointAt(-5, 300)).isEmpty();
        assertThat(map.touchpointAt(map.width() + 10, 300)).isEmpty();
        assertThat(map.chipBounds("tp-unknown")).isEmpty();
    }

    @Test
    void aLogicalFontIsReplacedByTheBundledOne() {
        MapOptions options = new MapOptions(List.of(), new Texts(Language.ENGLISH), new Font(Font.DIALOG, Font.PLAIN, 15));
        assertThat(options.font().getFamily()).isEqualTo("Noto Sans SC");
        assertThat(options.font().getSize2D()).isEqualTo(15f);
        assertThat(map.style.base.canDisplayUpTo("客戶觸點階段後端")).isEqualTo(-1);
        assertThatThrownBy(() -> MapOptions.of(new Texts(Language.ENGLISH), List.of("a", "b", "c")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyJourneysStagesAndCurvesStillLayOutAndPaint() {
        Texts texts = new Texts(Language.TRADITIONAL_CHINESE);
        Workshop blank = Workshop.blank("zh-TW", "客戶");
        JourneyMap empty = new MapLayout().layout(blank, MapOptions.of(texts, List.of(blank.customerTypes().getFirst().id())));
        assertThat(empty.width()).isPositive();
        assertThat(empty.touchpointAt(100, 100)).isEmpty();
        assertThat(MapPng.render(empty, 400).getWidth()).isEqualTo(400);

        Workshop oneEmptyStage = blank.withJourney(new com.motstudio.model.Journey(List.of(
                new com.motstudio.model.Stage("st-1", "", "", List.of()),
                new com.motstudio.model.Stage("st-2", "到達", "", List.of(Touchpoint.named("tp-1", ""))))));
        JourneyMap unscored = new MapLayout().layout(oneEmptyStage, MapOptions.of(texts, List.of("ct-missing")));
        assertThat(unscored.stages).hasSize(2);
        assertThat(unscored.stageBounds(0).getWidth()).isEqualTo(unscored.style.stageWidth(1));
        assertThat(unscored.peakEnd("ct-missing")).isEmpty();
        assertThat(unscored.stages.get(1).columns.getFirst().name.lines()).containsExactly("（未命名）");
        Rectangle2D chip = unscored.chipBounds("tp-1").orElseThrow();
        assertThat(unscored.touchpointAt(chip.getCenterX(), chip.getCenterY())).contains("tp-1");
        assertThat(MapPng.render(unscored, 600).getHeight()).isEqualTo(MapPng.heightFor(unscored, 600));
    }

    @Test
    void twoComparedTypesNeverShareAPointsSpot() {
        double r = map.style.radius;
        EmotionCurve citizen = map.curves.get(0);
        EmotionCurve agent = map.curves.get(1);
        for (int i = 0; i < agent.size(); i++) {
            int j = citizen.indexOf(agent.touchpointIds()[i]);
            assertThat(Math.abs(citizen.xs()[j] - agent.xs()[i])).isGreaterThan(2 * r);
        }
    }

    private static List<Touchpoint> touchpoints() {
        return workshop.journey().touchpoints();
    }

    private static boolean contains(Rectangle2D outer, Rectangle2D inner) {
        return inner.getMinX() >= outer.getMinX() - EPS && inner.getMaxX() <= outer.getMaxX() + EPS
                && inner.getMinY() >= outer.getMinY() - EPS && inner.getMaxY() <= outer.getMaxY() + EPS;
    }
}
