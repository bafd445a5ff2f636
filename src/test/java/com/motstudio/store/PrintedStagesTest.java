package com.motstudio.store;

import com.motstudio.bench.LargeWorkshop;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A save reprints only the stages an edit replaced, and what it writes equals a save from scratch. */
class PrintedStagesTest {
    private final WorkshopStore store = new WorkshopStore();

    private static Workshop renamed(Workshop w, int stage, String name) {
        List<Stage> stages = new ArrayList<>(w.journey().stages());
        Stage s = stages.get(stage);
        List<Touchpoint> touchpoints = new ArrayList<>(s.touchpoints());
        Touchpoint first = touchpoints.getFirst();
        touchpoints.set(0, new Touchpoint(first.id(), name, first.description(), first.channel(), first.phase(),
                first.category(), first.roles(), first.ownerDepartment(), first.customerAction(), first.emotions(),
                first.painPoints(), first.opportunities(), first.evidence()));
        stages.set(stage, s.withTouchpoints(touchpoints));
        return w.withJourney(new Journey(stages));
    }

    @Test
    void aSaveAfterAnEditReusesTheOtherStagesAndWritesWhatAFreshSaveWould(@TempDir Path dir) throws Exception {
        Workshop before = LargeWorkshop.of(4, 30, 3);
        Path file = dir.resolve("w.mot.json");
        SavedFile first = store.save(before, file, null);
        Workshop after = renamed(before, 2, "改过的名字 \"renamed\"");
        SavedFile second = store.save(after, file, first);

        assertThat(Files.readAllBytes(file)).isEqualTo(store.toJson(after, null));
        List<?> was = first.printedStages().texts();
        List<?> now = second.printedStages().texts();
        assertThat(now.get(0)).isSameAs(was.get(0));
        assertThat(now.get(1)).isSameAs(was.get(1));
        assertThat(now.get(2)).isNotSameAs(was.get(2));
        assertThat(now.get(3)).isSameAs(was.get(3));
    }

    @Test
    void reorderedAndRemovedStagesAreStillWrittenInTheirNewPlaces(@TempDir Path dir) throws Exception {
        Workshop before = LargeWorkshop.of(3, 5, 4);
        Path file = dir.resolve("w.mot.json");
        SavedFile first = store.save(before, file, null);
        List<Stage> stages = new ArrayList<>(before.journey().stages());
        stages.addFirst(stages.removeLast());
        stages.remove(1);
        Workshop after = before.withJourney(new Journey(stages));
        store.save(after, file, first);
        assertThat(Files.readAllBytes(file)).isEqualTo(store.toJson(after, null));
        assertThat(Files.readAllBytes(file)).isEqualTo(store.toJson(after, first));
    }

    @Test
    void anEmptyJourneyPrintsAsAnEmptyArray() {
        String text = new String(store.toJson(Workshop.blank("en", "Customer"), null), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("\"journey\": {\n    \"stages\": []\n  },");
    }

    @Test
    void aSaveRightAfterOpeningReusesTheStagesPrintedAheadAndWritesTheSameFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.mot.json");
        store.save(LargeWorkshop.of(3, 20, 5), file, null);
        LoadResult.Loaded opened = (LoadResult.Loaded) store.open(file);
        SavedFile prepared = store.prepareSave(opened.workshop(), opened.baseline());
        List<?> ahead = prepared.printedStages().texts();
        assertThat(ahead).hasSize(3);
        byte[] before = Files.readAllBytes(file);
        SavedFile saved = store.save(opened.workshop(), file, prepared);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        for (int i = 0; i < 3; i++) {
            assertThat(saved.printedStages().texts().get(i)).isSameAs(ahead.get(i));
        }
    }

    @Test
    void aJourneyWithUnknownFieldsIsNotPrintedAheadAndKeepsThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.mot.json");
        store.save(LargeWorkshop.of(2, 3, 6), file, null);
        String text = Files.readString(file).replaceFirst("\"evidence\": ", "\"photo\": \"p1.jpg\",\n          \"evidence\": ");
        Files.writeString(file, text);
        LoadResult.Loaded opened = (LoadResult.Loaded) store.open(file);
        SavedFile prepared = store.prepareSave(opened.workshop(), opened.baseline());
        assertThat(prepared.printedStages().texts()).isEmpty();
        store.save(opened.workshop(), file, prepared);
        assertThat(Files.readString(file)).contains("\"photo\": \"p1.jpg\"");
    }
}
