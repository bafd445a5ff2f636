package com.motstudio.edit;

import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class WorkshopDocumentTest {
    private final Workshop blank = Workshop.blank("en", "Customer");

    private static Workshop titled(Workshop w, String title) {
        return w.withInfo(w.info().withTitle(title));
    }

    @Test
    void aNewDocumentIsCleanAndHasNothingToUndo() {
        WorkshopDocument doc = new WorkshopDocument(blank, null);
        assertThat(doc.isDirty()).isFalse();
        assertThat(doc.canUndo()).isFalse();
        assertThat(doc.file()).isEmpty();
    }

    @Test
    void eachChangeIsOneUndoStepAndUndoRedoWalkTheHistory() {
        WorkshopDocument doc = new WorkshopDocument(blank, null);
        doc.apply("setup.change.title", w -> titled(w, "A"));
        doc.apply("setup.change.title", w -> titled(w, "B"));
        assertThat(doc.current().info().title()).isEqualTo("B");
        assertThat(doc.undoLabel()).contains("setup.change.title");
        doc.undo();
        assertThat(doc.current().info().title()).isEqualTo("A");
        doc.undo();
        assertThat(doc.current().info().title()).isEmpty();
        assertThat(doc.canUndo()).isFalse();
        doc.redo();
        assertThat(doc.current().info().title()).isEqualTo("A");
        assertThat(doc.canRedo()).isTrue();
    }

    @Test
    void aChangeThatChangesNothingIsNotRecorded() {
        WorkshopDocument doc = new WorkshopDocument(blank, null);
        doc.apply("setup.change.title", w -> titled(w, ""));
        assertThat(doc.canUndo()).isFalse();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void aNewChangeClearsRedo() {
        WorkshopDocument doc = new WorkshopDocument(blank, null);
        doc.apply("x", w -> titled(w, "A"));
        doc.undo();
        doc.apply("x", w -> titled(w, "C"));
        assertThat(doc.canRedo()).isFalse();
    }

    @Test
    void dirtyFollowsTheSavedValueThroughUndo() {
        WorkshopDocument doc = new WorkshopDocument(blank, Path.of("a.mot.json"));
        doc.apply("x", w -> titled(w, "A"));
        assertThat(doc.isDirty()).isTrue();
        doc.markSaved(doc.current(), Path.of("a.mot.json"));
        assertThat(doc.isDirty()).isFalse();
        doc.undo();
        assertThat(doc.isDirty()).isTrue();
        doc.redo();
        assertThat(doc.isDirty()).isFalse();
    }

    @Test
    void aRestoredDocumentStartsDirty() {
        assertThat(WorkshopDocument.restored(blank, null).isDirty()).isTrue();
    }

    @Test
    void listenersHearChangesUndoAndSave() {
        WorkshopDocument doc = new WorkshopDocument(blank, null);
        AtomicInteger heard = new AtomicInteger();
        doc.addListener(heard::incrementAndGet);
        doc.apply("x", w -> titled(w, "A"));
        doc.undo();
        doc.redo();
        doc.markSaved(doc.current(), Path.of("b.mot.json"));
        assertThat(heard).hasValue(4);
        assertThat(doc.file()).contains(Path.of("b.mot.json"));
    }
}
