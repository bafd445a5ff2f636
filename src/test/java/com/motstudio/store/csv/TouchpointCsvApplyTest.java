package com.motstudio.store.csv;

import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.motstudio.store.csv.CsvFixtures.touchpoints;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Applying a preview adds exactly what it showed, where it showed it, and changes nothing else. */
class TouchpointCsvApplyTest {
    private static final String FILE = """
            stage,touchpoint,emotion
            受理,取号,-1
            办结,领证,2
            受理,叫号,
            arrival,进门,1
            bad,,
            """;

    @Test
    void theTouchpointsGoToTheEndOfTheirStagesAndNewStagesToTheEndOfTheJourney() {
        Workshop before = CsvFixtures.workshop();
        TouchpointImport preview = CsvFixtures.CSV.preview(FILE.getBytes(StandardCharsets.UTF_8), before);
        Workshop after = preview.applyTo(before);

        List<Stage> stages = after.journey().stages();
        assertThat(stages).extracting(Stage::name).containsExactly("受理", "Arrival", "办结");
        assertThat(stages).extracting(Stage::id).startsWith("st-accept", "st-arrive");
        assertThat(stages.get(0).touchpoints()).extracting(Touchpoint::name).containsExactly("窗口受理", "取号", "叫号");
        assertThat(stages.get(1).touchpoints()).extracting(Touchpoint::name).containsExactly("进门");
        assertThat(stages.get(2).touchpoints()).extracting(Touchpoint::name).containsExactly("领证");
        assertThat(stages.get(2).id()).isEqualTo(preview.stages().get(2).stageId());

        List<Touchpoint> added = after.journey().touchpoints().stream()
                .filter(t -> !before.journey().touchpoints().contains(t)).toList();
        assertThat(added).containsExactlyInAnyOrderElementsOf(touchpoints(preview));
        assertThat(after.journey().touchpoints()).hasSize(before.journey().touchpoints().size() + preview.touchpointCount());
    }

    @Test
    void everythingElseStaysEqualAndTheOriginalIsUntouched() {
        Workshop before = CsvFixtures.workshop();
        TouchpointImport preview = CsvFixtures.CSV.preview(FILE.getBytes(StandardCharsets.UTF_8), before);
        Workshop after = preview.applyTo(before);

        assertThat(before).isEqualTo(CsvFixtures.workshop());
        assertThat(after).isNotEqualTo(before);
        assertThat(after.withJourney(before.journey())).isEqualTo(before);
        for (Stage old : before.journey().stages()) {
            Stage now = after.journey().stages().stream().filter(s -> s.id().equals(old.id())).findFirst().orElseThrow();
            assertThat(now.name()).isEqualTo(old.name());
            assertThat(now.description()).isEqualTo(old.description());
            assertThat(now.touchpoints().subList(0, old.touchpoints().size())).isEqualTo(old.touchpoints());
        }
    }

    @Test
    void applyingTheSamePreviewTwiceAddsNothingMore() {
        Workshop before = CsvFixtures.workshop();
        TouchpointImport preview = CsvFixtures.CSV.preview(FILE.getBytes(StandardCharsets.UTF_8), before);
        Workshop once = preview.applyTo(before);
        assertThat(preview.applyTo(once)).isSameAs(once);
    }

    @Test
    void aMatchedStageRemovedMeanwhileIsCreatedAgain() {
        Workshop before = CsvFixtures.workshop();
        TouchpointImport preview = CsvFixtures.CSV.preview("stage,touchpoint\nArrival,进门\n".getBytes(StandardCharsets.UTF_8), before);
        Workshop edited = before.withJourney(new Journey(List.of(before.journey().stages().getFirst())));
        Workshop after = preview.applyTo(edited);
        assertThat(after.journey().stages()).extracting(Stage::id, Stage::name)
                .containsExactly(tuple("st-accept", "受理"),
                        tuple("st-arrive", "Arrival"));
        assertThat(after.journey().stages().get(1).touchpoints()).extracting(Touchpoint::name).containsExactly("进门");
    }
}
