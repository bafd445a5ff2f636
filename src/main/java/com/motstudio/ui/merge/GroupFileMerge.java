package com.motstudio.ui.merge;

import com.motstudio.edit.PendingChange;
import com.motstudio.edit.WorkshopDocument;
import com.motstudio.merge.GroupFiles;
import com.motstudio.merge.GroupMerge;
import com.motstudio.merge.MergeResult;
import com.motstudio.model.Workshop;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Texts;
import com.motstudio.ui.common.ApplyPreview;
import com.motstudio.ui.common.Dialogs;
import com.motstudio.ui.common.FailureText;
import com.motstudio.ui.common.TaskRunner;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * File ▸ Merge group files…: the user picks the files the table groups handed in; they are read
 * (with the checks of File ▸ Open) and merged off the UI thread; the preview says what each adds,
 * every conflict and how it is settled, and which files are damaged; Merge applies it all as one
 * undo step, Cancel changes nothing.
 */
public final class GroupFileMerge {
    private final WorkshopStore store;
    private final Dialogs dialogs;
    private final TaskRunner runner;
    private final Texts texts;

    public GroupFileMerge(WorkshopStore store, Dialogs dialogs, TaskRunner runner, Texts texts) {
        this.store = store;
        this.dialogs = dialogs;
        this.runner = runner;
        this.texts = texts;
    }

    private record Read(GroupFiles files, MergeResult result) {}

    public void run(WorkshopDocument document, Path folder) {
        List<Path> chosen = dialogs.chooseWorkshopsToMerge(folder);
        if (chosen.isEmpty()) {
            return;
        }
        Workshop before = document.current();
        runner.run(() -> {
            GroupFiles files = GroupFiles.read(store, chosen);
            return new Read(files, GroupMerge.merge(before, files.files()));
        }, read -> offer(document, before, read), e -> dialogs.showError(texts.get("merging.title"), FailureText.of(e, texts)));
    }

    private void offer(WorkshopDocument document, Workshop before, Read read) {
        Workshop merged = read.result().workshop();
        // the preview is modal, so the workshop is still the one merged; were it not, the merge is made again on it
        UnaryOperator<Workshop> change = w -> w == before ? merged : GroupMerge.merge(w, read.files().files()).workshop();
        PendingChange pending = MergePreview.of(read.files(), read.result(), before, change, texts);
        if (ApplyPreview.ask(dialogs, texts, texts.get("merging.title"), texts.get("merging.ok"), pending, "merge")) {
            pending.applyTo(document);
        }
    }
}
