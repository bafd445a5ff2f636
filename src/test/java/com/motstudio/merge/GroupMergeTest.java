package com.motstudio.merge;

import com.motstudio.model.DotVote;
import com.motstudio.model.Participant;
import com.motstudio.model.ReferenceCheck;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The merge rules of docs/merge.md, one by one, on a facilitator's workshop and two table groups' files. */
class GroupMergeTest {
    private final Workshop facilitator = MergeFixtures.facilitator();
    private final MergeResult merged = GroupMerge.merge(facilitator, List.of(new GroupFile("table-b.mot.json", MergeFixtures.tableB())));
    private final Workshop w = merged.workshop();

    private static Touchpoint touchpoint(Workshop w, String id) {
        return w.journey().touchpoint(id).orElseThrow();
    }

    private static List<String> names(Stage stage) {
        return stage.touchpoints().stream().map(Touchpoint::name).toList();
    }

    @Test
    void touchpointsMatchByIdThenByNameWithinTheStageAndNewOnesAreAddedWhereTheGroupPutThem() {
        assertThat(names(w.journey().stage("st-arrive").orElseThrow())).containsExactly("Front door", "Take a number", "Ask at the desk");
        assertThat(names(w.journey().stage("st-leave").orElseThrow())).containsExactly("Rate the service", "Collect the licence");
        assertThat(w.journey().stages()).extracting(Stage::name).containsExactly("Arrive", "Leave", "After");
        assertThat(names(w.journey().stages().get(2))).containsExactly("Follow-up call");
        // the group's "take a number " (another id) is the facilitator's touchpoint: its emotion and pain point land there
        assertThat(touchpoint(w, "tp-queue").emotionOf("ct-citizen")).contains(-2);
        assertThat(touchpoint(w, "tp-queue").painPoints()).containsExactly("Ticket machine broken");
        assertThat(touchpoint(w, "tp-desk").emotionOf("ct-citizen")).contains(1);
        assertThat(w.journey().touchpoint("tp-b-queue")).isEmpty();
        assertThat(merged.added()).extracting(MergeFinding::what)
                .contains("touchpoint", "stage", "emotion", "painPoint", "participant", "rating", "vote", "kanoResponse",
                        "servqualResponse", "servqualItem")
                .doesNotContain("group", "customerType", "kanoNeed");
    }

    @Test
    void conflictsKeepTheFacilitatorsValueForOtherGroupsAndNameHowTheyWereSettled() {
        assertThat(touchpoint(w, "tp-rate").name()).isEqualTo("Rate the service");
        assertThat(touchpoint(w, "tp-door").emotionOf("ct-citizen")).contains(-1);
        assertThat(w.keyMoments().ratings()).contains(new TraitRating("pa-li", "tp-door", Trait.EMOTIONAL_IMPACT, 4))
                .doesNotContain(new TraitRating("pa-li", "tp-door", Trait.EMOTIONAL_IMPACT, 2));
        assertThat(merged.conflicts()).extracting(MergeFinding::what).containsExactlyInAnyOrder("touchpointName", "emotion", "rating");
        assertThat(merged.conflicts()).allSatisfy(c -> {
            assertThat(c.settled()).isEqualTo(MergeFinding.Settled.FACILITATOR_KEPT);
            assertThat(c.file()).isEqualTo("table-b.mot.json");
        });
        assertThat(merged.conflicts().stream().filter(c -> c.what().equals("rating")).findFirst().orElseThrow().args())
                .containsExactly("Li Wei", "Front door", "EMOTIONAL_IMPACT", "4", "2");
    }

    @Test
    void aGroupFileSettlesTheRatingsOfItsOwnGroupsPeople() {
        MergeResult own = GroupMerge.merge(facilitator, List.of(new GroupFile("b.mot.json", MergeFixtures.tableBOnly())));
        assertThat(own.workshop().keyMoments().ratings()).contains(new TraitRating("pa-wang", "tp-queue", Trait.FREQUENCY, 5))
                .doesNotContain(new TraitRating("pa-wang", "tp-queue", Trait.FREQUENCY, 3));
        assertThat(own.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo("rating");
            assertThat(c.settled()).isEqualTo(MergeFinding.Settled.GROUP_TAKEN);
        });
        assertThat(own.workshop().keyMoments().votes()).contains(new DotVote("pa-wang", "tp-queue", 1), new DotVote("pa-li", "tp-queue", 2));
        // Table A's people and data are untouched by Table B's own file
        assertThat(own.workshop().info().participants()).isEqualTo(facilitator.info().participants());
    }

    @Test
    void participantsOfTheSameNameInOtherGroupsStayApart() {
        assertThat(w.info().participants()).extracting(Participant::name).containsExactly("Li Wei", "Wang Fang", "Li Wei");
        Participant theirLi = w.info().participants().get(2);
        assertThat(theirLi.groupId()).isEqualTo("gr-b");
        assertThat(w.keyMoments().ratings()).contains(new TraitRating(theirLi.id(), "tp-b-collect", Trait.SPREAD, 4));
    }

    @Test
    void newParticipantsWithoutAGroupGetOneNamedAfterTheFileAndItIsTheirOwn() {
        Workshop file = MergeFixtures.facilitator();
        file = file.withInfo(file.info().withParticipants(List.of(new Participant("pa-x", "Zhao Min", "", ""))))
                .withKeyMoments(file.keyMoments().withRatings(List.of(new TraitRating("pa-x", "tp-door", Trait.SPREAD, 2)))
                        .withVotes(3, List.of()).withKano(new com.motstudio.model.KanoSurvey(file.keyMoments().kano().needs(), List.of())));
        MergeResult result = GroupMerge.merge(facilitator, List.of(new GroupFile("Table-7.mot.json", file)));
        Participant zhao = result.workshop().info().participants().getLast();
        assertThat(zhao.name()).isEqualTo("Zhao Min");
        assertThat(result.workshop().info().groups().getLast().name()).isEqualTo("Table-7");
        assertThat(zhao.groupId()).isEqualTo(result.workshop().info().groups().getLast().id());
        assertThat(ReferenceCheck.of(result.workshop())).isEmpty();
        assertThat(GroupMerge.merge(result.workshop(), List.of(new GroupFile("Table-7.mot.json", file))).workshop())
                .isEqualTo(result.workshop());
    }

    @Test
    void surveyResponsesAreAddedWithTheirAnswersOnTheFacilitatorsItemsAndNeeds() {
        assertThat(w.keyMoments().kano().responses()).extracting(r -> r.respondent()).containsExactly("Resp 1", "Zhang");
        assertThat(w.keyMoments().kano().needs()).hasSize(1);
        assertThat(w.keyMoments().servqual().items()).extracting(i -> i.text()).containsExactly("Clean hall", "Staff listen");
        assertThat(w.keyMoments().servqual().items().get(1).touchpointIds()).containsExactly("tp-b-collect");
        assertThat(w.keyMoments().servqual().responses()).singleElement()
                .satisfies(r -> assertThat(r.answers()).extracting(a -> a.itemId()).containsExactly("sq-1", "sq-b-2"));
    }

    @Test
    void mergingTheSameFileAgainChangesNothing() {
        MergeResult again = GroupMerge.merge(w, List.of(new GroupFile("table-b.mot.json", MergeFixtures.tableB())));
        assertThat(again.workshop()).isEqualTo(w);
        assertThat(again.added()).isEmpty();
        MergeResult twiceInOneGo = GroupMerge.merge(facilitator, List.of(new GroupFile("table-b.mot.json", MergeFixtures.tableB()),
                new GroupFile("copy of table-b.mot.json", MergeFixtures.tableB())));
        assertThat(twiceInOneGo.workshop()).isEqualTo(w);
    }

    @Test
    void mergingTheFacilitatorsOwnFileChangesNothing() {
        MergeResult self = GroupMerge.merge(facilitator, List.of(new GroupFile("mine.mot.json", facilitator)));
        assertThat(self.workshop()).isEqualTo(facilitator);
        assertThat(self.findings()).isEmpty();
    }

    @Test
    void theMergedWorkshopHasNoDanglingReferences() {
        assertThat(ReferenceCheck.of(w)).isEmpty();
        assertThat(ReferenceCheck.of(GroupMerge.merge(w, List.of(new GroupFile("b.mot.json", MergeFixtures.tableBOnly()))).workshop())).isEmpty();
    }

    @Test
    void oneIdIsOneTouchpointEvenWhenTheFilesDisagreeOnItsNameAndStage() {
        // another group made its own "tp-desk" (same id as Table B's new touchpoint) for something else in another stage
        Workshop other = MergeFixtures.facilitator();
        other = other.withJourney(other.journey().withTouchpointAt("st-leave", 9, Touchpoint.named("tp-desk", "Pay the fee")));
        MergeResult first = GroupMerge.merge(facilitator, List.of(new GroupFile("c.mot.json", other),
                new GroupFile("table-b.mot.json", MergeFixtures.tableB())));
        Workshop result = first.workshop();
        assertThat(touchpoint(result, "tp-desk").name()).isEqualTo("Pay the fee");
        // by id Table B's "Ask at the desk" meets "Pay the fee": a rename conflict, the facilitator's name kept
        assertThat(first.conflicts()).extracting(MergeFinding::what).contains("touchpointName", "touchpointStage");
        assertThat(result.journey().touchpoints()).extracting(Touchpoint::name).doesNotContain("Ask at the desk");
        assertThat(ReferenceCheck.of(result)).isEmpty();
    }
}
