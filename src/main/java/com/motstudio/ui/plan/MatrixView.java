package com.motstudio.ui.plan;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.text.Texts;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The Plan page's impact–effort matrix on its own, for another view (presentation mode): it
 * follows the document, and a card dragged to another cell changes that action's ratings.
 */
public final class MatrixView {
    private final PlanViewModel vm;
    private final MatrixPane matrix;
    private final Subscription subscription;

    public MatrixView(WorkshopDocument document, Texts texts, Supplier<LocalDate> today) {
        vm = new PlanViewModel(document, today);
        matrix = new MatrixPane(vm, texts, actionId -> { });
        subscription = vm.workshopProperty().subscribe(w -> matrix.refresh());
    }

    public Region root() {
        return matrix;
    }

    /** Stops following the document. */
    public void dispose() {
        subscription.unsubscribe();
        vm.dispose();
    }
}
