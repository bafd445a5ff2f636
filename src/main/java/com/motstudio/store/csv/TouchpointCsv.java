package com.motstudio.store.csv;

import com.motstudio.model.Ids;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import com.motstudio.store.csv.TouchpointImport.ImportedTouchpoint;
import com.motstudio.store.csv.TouchpointImport.StageImport;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV file of touchpoints into a {@link TouchpointImport}: the preview of what it would add
 * to a workshop. Stages are matched by name, ignoring case and character width; a stage the
 * journey lacks is created. The columns and accepted words are in docs/csv-import.md.
 */
public final class TouchpointCsv {
    private final TouchpointWords words;

    /** Reads files written in any of the three languages, whichever one the app is showing. */
    public TouchpointCsv() {
        this(Spellings.allLanguages());
    }

    TouchpointCsv(List<Texts> languages) {
        this.words = new TouchpointWords(languages);
    }

    /** What the file would add to {@code workshop}; never throws and never changes anything. */
    public TouchpointImport preview(byte[] bytes, Workshop workshop) {
        CsvTable table = CsvTable.read(bytes);
        if (!table.readable()) {
            return TouchpointImport.refusedFor(table.problems());
        }
        CsvProblems problems = new CsvProblems();
        TouchpointHeader header = TouchpointHeader.read(table.header().orElseThrow(), workshop.customerTypes(),
                words, problems);
        if (header.usable() && table.body().isEmpty()) {
            problems.add(CsvProblem.inFile("importing.file.noRows"));
        }
        if (!header.usable() || table.body().isEmpty()) {
            return TouchpointImport.refusedFor(problems.shown());
        }
        Plan plan = new Plan(workshop.journey());
        for (CsvRow row : table.body()) {
            TouchpointRow.read(row, header, words, plan.newId("tp"), problems)
                    .ifPresent(read -> plan.add(row.number(), read));
        }
        TouchpointImport result = new TouchpointImport(table.charset(), table.body().size(), plan.stages(), problems.shown(), false);
        return SizeCheck.refusal(workshop, result.applyTo(workshop), result.problems()).map(TouchpointImport::refusedFor).orElse(result);
    }

    /** The stages the rows go to, gathered in the order the rows name them. */
    private static final class Plan {
        private final List<Stage> journey;
        private final Map<String, Stage> existing = new HashMap<>();
        private final Map<String, Draft> drafts = new LinkedHashMap<>();
        private final Set<String> ids = new HashSet<>();

        private record Draft(String id, String name, boolean created, Set<String> names, List<ImportedTouchpoint> touchpoints) {
        }

        Plan(Journey journey) {
            this.journey = journey.stages();
            for (Stage stage : journey.stages()) {
                existing.putIfAbsent(Spellings.name(stage.name()), stage);
                ids.add(stage.id());
                stage.touchpoints().forEach(t -> ids.add(t.id()));
            }
        }

        /** An id no stage or touchpoint of the workshop (or of this import) has. */
        String newId(String prefix) {
            String id = Ids.next(prefix);
            while (!ids.add(id)) {
                id = Ids.next(prefix);
            }
            return id;
        }

        void add(int row, TouchpointRow.Read read) {
            Draft draft = drafts.computeIfAbsent(Spellings.name(read.stage()), key -> {
                Stage stage = existing.get(key);
                if (stage == null) {
                    return new Draft(newId("st"), read.stage(), true, Set.of(), new ArrayList<>());
                }
                Set<String> names = new HashSet<>();
                stage.touchpoints().forEach(t -> names.add(Spellings.name(t.name())));
                return new Draft(stage.id(), stage.name(), false, names, new ArrayList<>());
            });
            Touchpoint touchpoint = read.touchpoint();
            boolean nameInStage = draft.names().contains(Spellings.name(touchpoint.name()));
            draft.touchpoints().add(new ImportedTouchpoint(row, touchpoint, nameInStage));
        }

        /** Stages the journey has, in its order, then the new ones in the order the file names them. */
        List<StageImport> stages() {
            return drafts.values().stream()
                    .sorted(Comparator.comparing(Draft::created).thenComparingInt(this::position))
                    .map(d -> new StageImport(d.id(), d.name(), d.created(), d.touchpoints()))
                    .toList();
        }

        private int position(Draft draft) {
            for (int i = 0; i < journey.size(); i++) {
                if (journey.get(i).id().equals(draft.id())) {
                    return i;
                }
            }
            return Integer.MAX_VALUE; // new: the stable sort keeps the file's order
        }
    }
}
