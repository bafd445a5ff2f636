package com.motstudio.merge;

import com.motstudio.model.Workshop;
import com.motstudio.store.FileProblem;
import com.motstudio.store.LoadResult;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Group files as they come from disk: read with File ▸ Open's checks, damaged ones left out with where; the result saves and reopens. */
class GroupFilesTest {
    @TempDir
    Path folder;
    private final WorkshopStore store = new WorkshopStore();

    @Test
    void aDamagedFileIsLeftOutWithEveryProblemAndWhereItIs() throws Exception {
        Path good = folder.resolve("table-b.mot.json");
        store.save(MergeFixtures.tableB(), good, null);
        Path broken = folder.resolve("table-c.mot.json");
        String text = Files.readString(good, StandardCharsets.UTF_8);
        Files.writeString(broken, text.substring(0, text.length() / 2), StandardCharsets.UTF_8); // cut off mid-file, as a failed copy leaves it

        GroupFiles read = GroupFiles.read(store, List.of(good, broken));

        assertThat(read.files()).extracting(GroupFile::name).containsExactly("table-b.mot.json");
        LoadResult.Refused refused = read.refused().getFirst();
        assertThat(refused.file().getFileName().toString()).isEqualTo("table-c.mot.json");
        FileProblem problem = refused.problems().getFirst();
        assertThat(problem.line()).isPositive();
        assertThat(problem.describe(new Texts(Language.ENGLISH))).containsIgnoringCase("line");
        Workshop facilitator = MergeFixtures.facilitator();
        MergeResult result = GroupMerge.merge(facilitator, read.files());
        assertThat(result.findings()).extracting(MergeFinding::file).containsOnly("table-b.mot.json");
        assertThat(GroupMerge.merge(facilitator, GroupFiles.read(store, List.of(broken)).files()).workshop()).isSameAs(facilitator);
    }

    @Test
    void aFileThatIsNotAWorkshopIsRefusedLikeFileOpenRefusesIt() throws Exception {
        Path notes = folder.resolve("notes.mot.json");
        Files.writeString(notes, "{\"hello\": \"world\"}", StandardCharsets.UTF_8);
        GroupFiles read = GroupFiles.read(store, List.of(notes, folder.resolve("missing.mot.json")));
        assertThat(read.files()).isEmpty();
        assertThat(read.refused()).hasSize(2);
        assertThat(read.refused().get(1).problems()).extracting(FileProblem::kind).contains(FileProblem.Kind.NOT_FOUND);
    }

    @Test
    void theMergedWorkshopSavesAndReopensUnchanged() throws Exception {
        Path b = folder.resolve("table-b.mot.json");
        Path own = folder.resolve("b-own.mot.json");
        store.save(MergeFixtures.tableB(), b, null);
        store.save(MergeFixtures.tableBOnly(), own, null);
        Workshop merged = GroupMerge.merge(MergeFixtures.facilitator(), GroupFiles.read(store, List.of(b, own)).files()).workshop();

        Path target = folder.resolve("merged.mot.json");
        store.save(merged, target, null);
        LoadResult reopened = store.open(target);

        assertThat(reopened).isInstanceOfSatisfying(LoadResult.Loaded.class, l -> assertThat(l.workshop()).isEqualTo(merged));
    }
}
