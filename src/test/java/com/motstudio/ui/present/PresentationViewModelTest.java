package com.motstudio.ui.present;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.Workshop;
import com.motstudio.report.pdf.ExportFixture;
import com.motstudio.store.LoadResult;
import com.motstudio.store.Templates;
import com.motstudio.store.WorkshopStore;
import com.motstudio.text.Language;
import com.motstudio.text.Texts;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Presentation mode's steps, its sentences for slides without data, and how it follows the open workshop. */
class PresentationViewModelTest {
    private final Texts texts = new Texts(Language.ENGLISH);
    private final Workshop full = ExportFixture.create(Language.ENGLISH);
    private final SimpleObjectProperty<WorkshopDocument> documents = new SimpleObjectProperty<>(new WorkshopDocument(full, null));
    private final PresentationViewModel vm = new PresentationViewModel(documents, texts, () -> LocalDate.of(2026, 12, 1));

    @Test
    void nextWalksTheOverviewEveryStageThenEverySlideAndPreviousWalksBack() {
        int stages = full.journey().stages().size();
        assertThat(vm.steps(Slide.MAP)).isEqualTo(stages + 1);
        assertThat(vm.position()).isEqualTo("All " + stages + " stages \u00b7 click a stage or press \u2192 to go through them");
        int steps = 0;
        for (Slide s : Slide.values()) {
            steps += vm.steps(s);
        }
        for (int i = 1; i < steps; i++) {
            vm.next();
        }
        assertThat(vm.slide()).isEqualTo(Slide.KPIS);
        assertThat(vm.step()).isEqualTo(vm.steps(Slide.KPIS) - 1);
        vm.next();
        assertThat(vm.slide()).as("the last step stays").isEqualTo(Slide.KPIS);
        for (int i = 1; i < steps; i++) {
            vm.previous();
        }
        assertThat(vm.slide()).isEqualTo(Slide.MAP);
        assertThat(vm.stageIndex()).isEmpty();
        vm.zoomTo(2);
        assertThat(vm.position()).isEqualTo("Stage 3 of " + stages + ": " + full.journey().stages().get(2).name());
        assertThat(vm.summary()).startsWith("Stage 3, " + full.journey().stages().get(2).name() + ", with ");
    }

    @Test
    void everySlideOfAWorkshopWithDataHasItsPictureAndASummary() {
        for (Slide s : Slide.values()) {
            vm.show(s);
            assertThat(vm.emptyText()).as("%s", s).isEmpty();
            assertThat(vm.summary()).as("%s", s).isNotBlank().doesNotContain("!present.");
        }
        vm.show(Slide.RANKING);
        String first = full.journey().touchpoint(vm.analysis().ranking().getFirst().touchpointId()).orElseThrow().name();
        assertThat(vm.summary()).startsWith("Touchpoints ranked by score: 1. " + first + ", ");
        vm.show(Slide.KPIS);
        assertThat(vm.kpiPage()).hasSize(PresentationViewModel.KPIS_PER_PAGE);
        assertThat(vm.summary()).contains(vm.kpiPage().getFirst().kpi().name());
    }

    @Test
    void slidesOfATemplateWithoutDataSayWhatIsMissingInOneSentence() {
        Workshop template = ((LoadResult.Loaded) new Templates(new WorkshopStore()).load("government", Language.ENGLISH)).workshop();
        documents.set(new WorkshopDocument(template, null));
        vm.show(Slide.RANKING);
        assertThat(vm.emptyText()).contains("No touchpoint has been rated yet, so there is no ranking to show.");
        assertThat(vm.summary()).isEqualTo(vm.emptyText().orElseThrow());
        vm.show(Slide.ROUNDS);
        assertThat(vm.emptyText()).contains("Close at least two review rounds on the Monitor page to compare them here.");
        vm.show(Slide.KPIS);
        assertThat(vm.emptyText()).contains("No KPI has a measurement yet.");
        vm.show(Slide.MAP);
        assertThat(vm.emptyText()).isEmpty();
    }

    @Test
    void aStageRemovedWhileItIsShownLeavesTheLastStageThereIs() {
        WorkshopDocument document = documents.get();
        int stages = full.journey().stages().size();
        vm.zoomTo(stages - 1);
        String last = full.journey().stages().getLast().id();
        document.apply("journey.change.deleteStage", w -> w.withJourney(w.journey().withoutStage(last)));
        assertThat(vm.stageIndex()).contains(stages - 2);
        assertThat(vm.position()).contains(full.journey().stages().get(stages - 2).name());
        vm.dispose();
        document.undo();
        assertThat(vm.workshop().journey().stages()).as("no longer followed").hasSize(stages - 1);
    }

    @Test
    void blackScreenComesBackOnTheSameStepWithTheFirstNextOrPrevious() {
        vm.zoomTo(1);
        vm.toggleBlackout();
        assertThat(vm.isBlackedOut()).isTrue();
        vm.next();
        assertThat(vm.isBlackedOut()).isFalse();
        assertThat(vm.stageIndex()).contains(1);
        vm.toggleBlackout();
        vm.previous();
        assertThat(vm.isBlackedOut()).isFalse();
        assertThat(vm.stageIndex()).contains(1);
        vm.toggleBlackout();
        vm.toggleBlackout();
        assertThat(vm.isBlackedOut()).isFalse();
        vm.toggleBlackout();
        vm.show(Slide.CURVES); // choosing a slide shows it
        assertThat(vm.isBlackedOut()).isFalse();
    }

    @Test
    void slidesInAnotherLanguageContinueOnTheSameStep() {
        vm.zoomTo(2);
        vm.toggleBlackout();
        PresentationViewModel chinese = new PresentationViewModel(documents, new Texts(Language.SIMPLIFIED_CHINESE),
                () -> LocalDate.of(2026, 12, 1));
        chinese.continueFrom(vm);
        assertThat(chinese.slide()).isEqualTo(Slide.MAP);
        assertThat(chinese.stageIndex()).contains(2);
        assertThat(chinese.isBlackedOut()).isTrue();
        assertThat(chinese.position()).startsWith("第 3 阶段");
        vm.show(Slide.RANKING);
        chinese.continueFrom(vm);
        assertThat(chinese.slide()).isEqualTo(Slide.RANKING);
        assertThat(chinese.isBlackedOut()).isFalse();
    }

    @Test
    void withTwoScreensTheSlidesGoOnTheOneTheMainWindowIsNotOn() {
        Rectangle2D laptop = new Rectangle2D(0, 0, 1366, 768);
        Rectangle2D projector = new Rectangle2D(1366, 0, 1024, 768);
        assertThat(PresentationWindow.projector(List.of(laptop, projector), new Rectangle2D(100, 50, 1000, 650))).isEqualTo(1);
        assertThat(PresentationWindow.projector(List.of(laptop, projector), new Rectangle2D(1400, 50, 900, 650))).isZero();
        assertThat(PresentationWindow.projector(List.of(laptop), new Rectangle2D(100, 50, 1000, 650))).isZero();
    }
}
