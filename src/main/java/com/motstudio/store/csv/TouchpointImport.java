package com.motstudio.store.csv;

import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What importing a touchpoint CSV would add to a workshop — shown to the user before they confirm —
 * and the change that adds it. Rows with problems are left out and listed in {@link #problems()};
 * the other rows are ready. A {@link #refused()} file adds nothing at all.
 *
 * @param charset  the encoding the file was read in; null when it could not be read
 * @param rowCount the non-blank rows below the header
 * @param stages   where touchpoints go, in the order the journey will show them: stages the journey
 *                 has first, then the stages to be created
 */
public record TouchpointImport(Charset charset, int rowCount, List<StageImport> stages, List<CsvProblem> problems,
                               boolean refused) {

    /** Touchpoints going to one stage: one the journey has (matched by name) or one to be created. */
    public record StageImport(String stageId, String name, boolean created, List<ImportedTouchpoint> touchpoints) {
        public StageImport {
            touchpoints = List.copyOf(touchpoints);
        }
    }

    /**
     * One touchpoint to be added and the row it comes from. {@code nameInStage}: the stage already
     * has a touchpoint of that name, as when a file is imported twice; it is added all the same.
     */
    public record ImportedTouchpoint(int row, Touchpoint touchpoint, boolean nameInStage) {
    }

    public TouchpointImport {
        stages = List.copyOf(stages);
        problems = List.copyOf(problems);
    }

    static TouchpointImport refusedFor(List<CsvProblem> problems) {
        return new TouchpointImport(null, 0, List.of(), problems, true);
    }

    public int touchpointCount() {
        return stages.stream().mapToInt(s -> s.touchpoints().size()).sum();
    }

    public int createdStageCount() {
        return (int) stages.stream().filter(StageImport::created).count();
    }

    /** Rows left out because of their problems. */
    public int skippedRowCount() {
        return rowCount - touchpointCount();
    }

    /** Whether confirming would add anything. */
    public boolean addsAnything() {
        return touchpointCount() > 0;
    }

    /**
     * The workshop with the previewed stages and touchpoints added — touchpoints at the end of their
     * stages, new stages at the end of the journey — and nothing else changed. Run it as one
     * undoable step. Applying the same import again adds nothing more, and a workshop it cannot
     * add to is returned as it is.
     */
    public Workshop applyTo(Workshop workshop) {
        Set<String> present = new HashSet<>();
        workshop.journey().stages().forEach(s -> present.add(s.id()));
        workshop.journey().touchpoints().forEach(t -> present.add(t.id()));
        List<Stage> result = new ArrayList<>(workshop.journey().stages());
        boolean changed = false;
        for (StageImport stage : stages) {
            List<Touchpoint> added = stage.touchpoints().stream().map(ImportedTouchpoint::touchpoint)
                    .filter(t -> !present.contains(t.id())).toList();
            if (added.isEmpty()) {
                continue;
            }
            changed = true;
            int at = indexOf(result, stage.stageId());
            if (at >= 0) {
                Stage old = result.get(at);
                result.set(at, old.withTouchpoints(Stream.concat(old.touchpoints().stream(), added.stream()).toList()));
            } else {
                result.add(new Stage(stage.stageId(), stage.name(), "", added));
            }
        }
        return changed ? workshop.withJourney(new Journey(result)) : workshop;
    }

    private static int indexOf(List<Stage> stages, String id) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
