package com.motstudio.ui.journey;

import com.motstudio.edit.WorkshopDocument;
import com.motstudio.model.DotVote;
import com.motstudio.model.Participant;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Journey page's state and commands, without any controls. */
class JourneyViewModelTest {
    private final WorkshopDocument document = new WorkshopDocument(JourneyViewTest.sample(), null);
    private final JourneyViewModel vm = new JourneyViewModel(document);

    private List<String> names(String stageId) {
        return vm.journey().stage(stageId).orElseThrow().touchpoints().stream().map(Touchpoint::name).toList();
    }

    @Test
    void theFirstStageAndItsFirstTouchpointAreChosenAtStart() {
        assertThat(vm.selectedStageIdProperty().get()).isEqualTo("st-arrive");
        assertThat(vm.touchpoints()).extracting(Touchpoint::id).containsExactly("tp-ticket", "tp-wait");
        assertThat(vm.selectedTouchpointProperty().get().id()).isEqualTo("tp-ticket");
        assertThat(vm.shownTypeIdProperty().get()).isEqualTo("ct-a");
    }

    @Test
    void aNewStageGoesAfterTheChosenOneAndIsChosen() {
        vm.addStage("  Queue  ");
        assertThat(vm.journey().stages()).extracting(Stage::name).containsExactly("Arrive", "Queue", "At the counter");
        assertThat(vm.touchpoints()).isEmpty();
        assertThat(vm.selectedTouchpointProperty().get()).isNull();
    }

    @Test
    void capturingIntoAnEmptyJourneyMakesAFirstStage() {
        WorkshopDocument empty = new WorkshopDocument(Workshop.blank("en", "Citizen"), null);
        JourneyViewModel fresh = new JourneyViewModel(empty);
        assertThat(fresh.addTouchpoint("Walk in", "Stage 1")).isPresent();
        assertThat(empty.current().journey().stages()).extracting(Stage::name).containsExactly("Stage 1");
        assertThat(fresh.touchpoints()).extracting(Touchpoint::name).containsExactly("Walk in");
        assertThat(fresh.addTouchpoint("   ", "Stage 1")).as("a blank name adds nothing").isEmpty();
    }

    @Test
    void aTouchpointMovedToTheNextStageKeepsItsPlaceAndIsFollowed() {
        vm.selectedTouchpointIdProperty().set("tp-wait");
        vm.moveTouchpointToNeighbourStage(1);
        assertThat(names("st-counter")).containsExactly("Hand in the papers at the counter", "Wait to be called");
        assertThat(vm.selectedStageIdProperty().get()).isEqualTo("st-counter");
        assertThat(vm.selectedTouchpointProperty().get().id()).isEqualTo("tp-wait");
        vm.moveTouchpointToNeighbourStage(1);
        assertThat(names("st-counter")).as("there is no stage after the last").hasSize(2);
    }

    @Test
    void aTouchpointOthersReferToIsNotDeleted() {
        Workshop w = document.current();
        Workshop voted = w.withInfo(w.info().withParticipants(List.of(new Participant("pa-1", "Li", "", ""))))
                .withKeyMoments(new com.motstudio.model.KeyMoments(List.of(), List.of(), 3,
                        List.of(new DotVote("pa-1", "tp-ticket", 2)), null, null, List.of(), List.of(), List.of()));
        document.apply("test", x -> voted);
        assertThat(vm.usesOfTouchpoint("tp-ticket")).isEqualTo(1);
        assertThat(vm.deleteTouchpoint()).isFalse();
        assertThat(names("st-arrive")).contains("Take a queue ticket");
        assertThat(vm.deleteStage("st-arrive")).isFalse();
        vm.selectedTouchpointIdProperty().set("tp-wait");
        assertThat(vm.deleteTouchpoint()).isTrue();
        assertThat(names("st-arrive")).containsExactly("Take a queue ticket");
    }

    @Test
    void undoShowsThePreviousJourneyAgain() {
        vm.renameStage("st-arrive", "Arrival");
        vm.change("journey.change.name", t -> t.withName("Get a ticket"));
        document.undo();
        assertThat(vm.touchpoints()).extracting(Touchpoint::name).containsExactly("Take a queue ticket", "Wait to be called");
        document.undo();
        assertThat(vm.stages()).extracting(Stage::name).containsExactly("Arrive", "At the counter");
    }
}
