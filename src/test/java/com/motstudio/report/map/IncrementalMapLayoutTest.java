package com.motstudio.report.map;

import com.motstudio.bench.LargeWorkshop;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Laying out again after an edit measures only what the edit replaced. */
class IncrementalMapLayoutTest {
    private final Texts english = new Texts(Language.ENGLISH);

    @Test
    void renamingOneTouchpointReusesEveryOtherStageAndColumn() {
        Workshop before = SampleJourney.create();
        MapLayout layout = new MapLayout();
        MapOptions options = MapOptions.of(english, List.of(SampleJourney.CITIZEN));
        JourneyMap first = layout.layout(before, options);
        long stages = layout.stagesMeasured();
        long touchpoints = layout.touchpointsMeasured();
        assertThat(touchpoints).isEqualTo(SampleJourney.STAGES * SampleJourney.PER_STAGE);

        Workshop after = rename(before, 2, 3, "取号机（新名字）Ticket machine, renamed");
        JourneyMap second = layout.layout(after, options);

        assertThat(layout.stagesMeasured() - stages).isEqualTo(1);
        assertThat(layout.touchpointsMeasured() - touchpoints).isEqualTo(1);
        for (int i = 0; i < first.stages.size(); i++) {
            if (i == 2) {
                assertThat(second.stages.get(i)).isNotSameAs(first.stages.get(i));
                for (int c = 0; c < SampleJourney.PER_STAGE; c++) {
                    boolean renamed = c == 3;
                    assertThat(second.stages.get(i).columns.get(c) == first.stages.get(i).columns.get(c))
                            .as("column %d reused", c).isEqualTo(!renamed);
                }
            } else {
                assertThat(second.stages.get(i)).as("stage %d", i).isSameAs(first.stages.get(i));
            }
        }
        assertThat(String.join("", second.stages.get(2).columns.get(3).name.lines())).contains("renamed");
    }

    @Test
    void anEqualWorkshopReadAgainIsNotMeasuredAgain() {
        MapLayout layout = new MapLayout();
        MapOptions options = MapOptions.of(english, List.of());
        layout.layout(SampleJourney.create(), options);
        long measured = layout.touchpointsMeasured();
        layout.layout(SampleJourney.create(), options); // equal records, new objects (as after reopening the file)
        assertThat(layout.touchpointsMeasured()).isEqualTo(measured);
    }

    @Test
    void anotherLanguageMeasuresEverythingAgain() {
        MapLayout layout = new MapLayout();
        Workshop workshop = SampleJourney.create();
        layout.layout(workshop, MapOptions.of(english, List.of()));
        long measured = layout.touchpointsMeasured();
        layout.layout(workshop, MapOptions.of(new Texts(Language.TRADITIONAL_CHINESE), List.of()));
        assertThat(layout.touchpointsMeasured() - measured).isEqualTo(measured);
    }

    @Test
    void aThousandTouchpointEditCostsAboutOneTouchpoint() {
        Workshop large = LargeWorkshop.of(10, 100, 7);
        MapLayout layout = new MapLayout();
        MapOptions options = MapOptions.of(english, List.of("ct-citizen", "ct-company"));
        long start = System.nanoTime();
        JourneyMap map = layout.layout(large, options);
        long full = System.nanoTime() - start;
        assertThat(map.stages).hasSize(10);

        long best = Long.MAX_VALUE;
        Workshop current = large;
        for (int round = 0; round < 5; round++) {
            current = rename(current, 4, 50, "窗口 " + round);
            long t = System.nanoTime();
            layout.layout(current, options);
            best = Math.min(best, System.nanoTime() - t);
        }
        assertThat(layout.touchpointsMeasured()).isEqualTo(1_000 + 5);
        // loose bound, so a busy machine does not fail it: the point is that it is far below a full layout
        assertThat(best).as("edit %d µs vs full %d µs", best / 1000, full / 1000).isLessThan(full / 4);
    }

    static Workshop rename(Workshop workshop, int stageIndex, int touchpointIndex, String name) {
        List<Stage> stages = new ArrayList<>(workshop.journey().stages());
        Stage stage = stages.get(stageIndex);
        List<Touchpoint> touchpoints = new ArrayList<>(stage.touchpoints());
        Touchpoint old = touchpoints.get(touchpointIndex);
        touchpoints.set(touchpointIndex, new Touchpoint(old.id(), name, old.description(), old.channel(), old.phase(),
                old.category(), old.roles(), old.ownerDepartment(), old.customerAction(), old.emotions(), old.painPoints(),
                old.opportunities(), old.evidence()));
        stages.set(stageIndex, stage.withTouchpoints(touchpoints));
        return workshop.withJourney(new Journey(stages));
    }
}
