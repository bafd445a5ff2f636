package com.motstudio.ui.moments;

import com.motstudio.edit.PendingChange;
import com.motstudio.model.Workshop;
import com.motstudio.store.csv.CsvProblem;
import com.motstudio.store.csv.KanoCsv;
import com.motstudio.store.csv.RatingCsv;
import com.motstudio.store.csv.ServqualCsv;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ApplyPreview;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.FailureText;
import com.motstudio.ui.common.TaskRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Importing survey answers (SERVQUAL, KANO, NPS / CSAT / 好差评) from CSV: the file is read off the
 * UI thread, a preview says what will be added and lists every row that will be skipped and why,
 * and nothing changes until the user imports; the import is one undo step.
 */
final class SurveyImports {
    /** What one kind of import previews: counts in words, its problems, and the change it makes. */
    private record Preview(boolean adds, String summary, List<CsvProblem> problems, List<CsvProblem> notes,
                           UnaryOperator<Workshop> change) {}

    private final MomentsViewModel vm;
    private final Texts texts;
    private final Dialogs dialogs;
    private final TaskRunner runner;
    private final Supplier<Path> folder;

    SurveyImports(MomentsViewModel vm, Texts texts, Dialogs dialogs, TaskRunner runner, Supplier<Path> folder) {
        this.vm = vm;
        this.texts = texts;
        this.dialogs = dialogs;
        this.runner = runner;
        this.folder = folder;
    }

    void servqual() {
        run("moments.import.servqual", bytes -> {
            var p = new ServqualCsv().preview(bytes, vm.workshopProperty().get());
            String summary = p.refused() ? texts.get("moments.import.refused")
                    : texts.format(p.addsStandardItems() ? "moments.import.servqual.summaryStandard" : "moments.import.servqual.summary",
                    p.responseCount(), p.skippedRowCount());
            Workshop before = vm.workshopProperty().get();
            long again = again(respondents(before.keyMoments().servqual().responses(), r -> r.respondent()),
                    respondents(p.applyTo(before).keyMoments().servqual().responses(), r -> r.respondent()));
            return new Preview(p.addsAnything(), summary + again(again), p.problems(), p.notes(), p::applyTo);
        });
    }

    void kano() {
        run("moments.import.kano", bytes -> {
            var p = new KanoCsv().preview(bytes, vm.workshopProperty().get());
            String summary = p.refused() ? texts.get("moments.import.refused")
                    : texts.format("moments.import.kano.summary", p.responseCount(), p.skippedRowCount());
            Workshop before = vm.workshopProperty().get();
            long again = again(respondents(before.keyMoments().kano().responses(), r -> r.respondent()),
                    respondents(p.applyTo(before).keyMoments().kano().responses(), r -> r.respondent()));
            return new Preview(p.addsAnything(), summary + again(again), p.problems(), p.notes(), p::applyTo);
        });
    }

    void ipa() {
        run("moments.import.ipa", bytes -> {
            var p = new com.motstudio.store.csv.IpaCsv().preview(bytes, vm.workshopProperty().get());
            String summary = p.refused() ? texts.get("moments.import.refused")
                    : texts.format("moments.import.ipa.summary", p.points().size(), p.replaced(), p.skippedRowCount());
            return new Preview(p.addsAnything(), summary, p.problems(), List.of(), p::applyTo);
        });
    }

    void ratings() {
        run("moments.import.ratings", bytes -> {
            var p = new RatingCsv().preview(bytes, vm.workshopProperty().get());
            String summary = p.refused() ? texts.get("moments.import.refused")
                    : texts.format("moments.import.ratings.summary", p.answerCount(), p.skippedRowCount());
            return new Preview(p.addsAnything(), summary, p.problems(), List.of(), p::applyTo);
        });
    }

    private static <T> List<String> respondents(List<T> responses, java.util.function.Function<T, String> name) {
        return responses.stream().map(name).toList();
    }

    /** Respondents the import adds whose names the workshop already has: most likely the same file imported twice. */
    private static long again(List<String> before, List<String> after) {
        java.util.Set<String> known = new java.util.HashSet<>(before);
        known.remove("");
        return after.subList(before.size(), after.size()).stream().filter(known::contains).count();
    }

    private String again(long count) {
        return count == 0 ? "" : " " + texts.format("moments.import.again", count);
    }

    private PendingChange.Section section(PendingChange.Kind kind, String name, String headingKey, List<CsvProblem> items) {
        return PendingChange.Section.of(kind, name, texts.get(headingKey), items.stream().map(p -> p.describe(texts)).toList());
    }

    private interface Reader {
        Preview read(byte[] bytes) throws Exception;
    }

    private void run(String titleKey, Reader reader) {
        dialogs.chooseCsvToOpen(folder.get()).ifPresent(file -> runner.run(() -> reader.read(Files.readAllBytes(file)),
                preview -> confirm(titleKey, file, preview),
                e -> dialogs.showError(texts.get(titleKey), texts.format("moments.import.unreadable", file, FailureText.of(e, texts)))));
    }

    private void confirm(String titleKey, Path file, Preview preview) {
        PendingChange pending = new PendingChange(file.getFileName() + ": " + preview.summary(), List.of(
                section(PendingChange.Kind.SKIPPED, "problems", "moments.import.problems", preview.problems()),
                section(PendingChange.Kind.NOTE, "notes", "moments.import.notes", preview.notes())),
                titleKey, preview.adds() ? preview.change() : null);
        if (ApplyPreview.ask(dialogs, texts, texts.get(titleKey), texts.get("moments.import.ok"), pending, "import")) {
            vm.apply(pending.undoLabel(), pending.change());
        }
    }
}
