package com.motstudio.ui.present;

import com.motstudio.model.Workshop;
import com.motstudio.report.map.JourneyMap;
import com.motstudio.report.map.MapLayout;
import com.motstudio.report.map.MapOptions;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The map slide: a click on the whole map, drawn in rows, finds the stage under it. */
class MapSlideTest {
    private final Workshop template = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", Language.ENGLISH)).workshop();
    private final JourneyMap map = new MapLayout().layout(template, MapOptions.of(new Texts(Language.ENGLISH), List.of()));

    @Test
    void aClickOnTheWholeMapFindsEveryStage() {
        MapSlide overview = new MapSlide(map, -1);
        List<Integer> met = new ArrayList<>();
        // the map is cut into rows on a slide this shape: sweep each row's band of the slide
        for (int y = 0; y < 600; y += 20) {
            for (int x = 0; x < 1000; x += 4) {
                int stage = overview.stageAt(x, y, 1000, 600);
                if (stage >= 0 && !met.contains(stage)) {
                    met.add(stage);
                }
            }
        }
        assertThat(met).containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, map.stageCount()).boxed().toList());
        assertThat(new MapSlide(map, 0).stageAt(500, 300, 1000, 600)).as("a zoomed stage is not clicked into").isEqualTo(-1);
    }
}
