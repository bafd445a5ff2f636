package com.motstudio.ui.merge;

import com.motstudio.edit.PendingChange;
import com.motstudio.merge.GroupFile;
import com.motstudio.merge.GroupFiles;
import com.motstudio.merge.MergeFinding;
import com.motstudio.merge.MergeResult;
import com.motstudio.model.Trait;
import com.motstudio.model.Workshop;
import com.motstudio.store.LoadResult;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A merge of group files in words, for the shared preview: per file what it adds (new things by
 * name, emotions, ratings, votes and responses counted), every conflict with how it is settled,
 * and every damaged file left out with each of its problems and where it is.
 */
final class MergePreview {
    private MergePreview() {}

    static PendingChange of(GroupFiles read, MergeResult result, Workshop before, UnaryOperator<Workshop> change, Texts texts) {
        List<MergeFinding> conflicts = result.conflicts();
        long taken = conflicts.stream().filter(c -> c.settled() == MergeFinding.Settled.GROUP_TAKEN).count();
        boolean changes = !result.workshop().equals(before);
        String summary = texts.format("merging.summary", read.files().size(), result.added().size(), conflicts.size(), taken,
                read.refused().size()) + " " + texts.get(changes ? "merging.untilMerged" : "merging.nothingNew");
        return new PendingChange(summary, List.of(
                new PendingChange.Section(PendingChange.Kind.ADDED, "added", texts.get("merging.added"), added(read, result, texts)),
                new PendingChange.Section(PendingChange.Kind.CONFLICT, "conflicts", texts.get("merging.conflicts"), conflicts(conflicts, texts)),
                new PendingChange.Section(PendingChange.Kind.SKIPPED, "problems", texts.get("merging.problems"), refused(read, texts))),
                "merging.change", changes ? change : null);
    }

    private static List<PendingChange.Line> added(GroupFiles read, MergeResult result, Texts texts) {
        List<PendingChange.Line> lines = new ArrayList<>();
        for (GroupFile file : read.files()) {
            List<MergeFinding> mine = result.added().stream().filter(f -> f.file().equals(file.name())).toList();
            lines.add(PendingChange.Line.of(mine.isEmpty() ? texts.format("merging.fileAddsNothing", file.name())
                    : texts.format("merging.file", file.name())));
            mine.stream().filter(f -> !f.counted()).forEach(f -> lines.add(PendingChange.Line.detail(text("merging.added.", f, texts))));
            for (String what : MergeFinding.COUNTED) {
                long count = mine.stream().filter(f -> f.what().equals(what)).count();
                if (count > 0) {
                    lines.add(PendingChange.Line.detail(texts.format("merging.count." + what, count)));
                }
            }
        }
        return lines;
    }

    private static List<PendingChange.Line> conflicts(List<MergeFinding> conflicts, Texts texts) {
        List<PendingChange.Line> lines = new ArrayList<>();
        for (MergeFinding c : conflicts) {
            lines.add(PendingChange.Line.of(texts.format("merging.inFile", c.file(), text("merging.conflict.", c, texts))));
            lines.add(PendingChange.Line.detail(texts.get("merging.settled." + c.settled().name())));
        }
        return lines;
    }

    private static List<PendingChange.Line> refused(GroupFiles read, Texts texts) {
        List<PendingChange.Line> lines = new ArrayList<>();
        for (LoadResult.Refused r : read.refused()) {
            lines.add(PendingChange.Line.of(texts.format("merging.refused", r.file().getFileName().toString())));
            r.problems().forEach(p -> lines.add(PendingChange.Line.detail(p.describe(texts))));
        }
        return lines;
    }

    /** A finding in words; a rating's trait is named in the reader's language. */
    private static String text(String prefix, MergeFinding f, Texts texts) {
        Object[] args = f.args().toArray();
        if (f.what().equals("rating")) {
            args[2] = texts.of(Trait.valueOf(f.args().get(2)));
        }
        return texts.format(prefix + f.what(), args);
    }
}
