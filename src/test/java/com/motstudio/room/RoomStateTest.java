package com.motstudio.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.motstudio.method.KanoCategory;
import com.motstudio.model.Trait;
import com.motstudio.model.Workshop;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each activity's answers checked by the app's rules and tallied through the app's methods; snapshots. */
class RoomStateTest {
    private final Workshop workshop = RoomWorkshop.thirtyTouchpoints();
    private final RoomState state = new RoomState(Clock.systemUTC(), 200, List.of("grp-1", "grp-2"));
    private final List<String> three = RoomWorkshop.touchpointIds(workshop).subList(0, 3);

    private RoomParticipant join(String name) {
        return state.join(name, "").value();
    }

    @Test
    void traitRatingsGiveTheMethodsScoreAndDisagreement() {
        Activity activity = Activity.traits(workshop, three);
        state.open(activity);
        RoomParticipant a = join("A");
        RoomParticipant b = join("B");
        assertThat(state.submit(a.token(), activity.id(), List.of(new AnswerCell("tp-1", "EMOTIONAL_IMPACT", 5),
                new AnswerCell("tp-1", "FREQUENCY", 1)), false)).isEmpty();
        assertThat(state.submit(b.token(), activity.id(), List.of(new AnswerCell("tp-1", "EMOTIONAL_IMPACT", 1)), false)).isEmpty();
        assertThat(state.submit(b.token(), activity.id(), List.of(new AnswerCell("tp-1", "SPREAD", 0)), false))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("value.range"));
        RoomTally tally = state.tally(activity.id());
        assertThat(tally.traits().getFirst().disputedTrait()).isEqualTo(Trait.EMOTIONAL_IMPACT);
        assertThat(tally.traits().getFirst().disagreement()).isEqualTo(2.0);
        // emotional impact mean 3 → 50 points, frequency 1 → 0 points; equal weights: 25
        assertThat(tally.item("tp-1").mean()).isEqualTo(25.0);
        assertThat(tally.item("tp-2").mean()).isNull();
        assertThat(tally.respondents()).isEqualTo(2);
    }

    @Test
    void dotsStayWithinTheWorkshopsBudget() {
        Activity activity = Activity.dots(workshop, three);
        assertThat(activity.budget()).isEqualTo(4);
        state.open(activity);
        RoomParticipant a = join("A");
        Optional<Refusal> over = state.submit(a.token(), activity.id(),
                List.of(new AnswerCell("tp-1", "value", 3), new AnswerCell("tp-2", "value", 2)), false);
        assertThat(over).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("dots.over"));
        assertThat(state.submit(a.token(), activity.id(), List.of(new AnswerCell("tp-1", "value", 3), new AnswerCell("tp-2", "value", 1)), false))
                .isEmpty();
        RoomParticipant b = join("B");
        state.submit(b.token(), activity.id(), List.of(new AnswerCell("tp-1", "value", 1)), false);
        RoomTally tally = state.tally(activity.id());
        assertThat(tally.dots().dotsOn("tp-1")).isEqualTo(4);
        assertThat(tally.item("tp-1").count()).isEqualTo(4);
        assertThat(tally.item("tp-1").answers()).isEqualTo(2);
        assertThat(tally.finished()).isEqualTo(1);
        assertThat(state.live().people()).extracting(RoomLive.Person::finished).containsExactly(true, false);
    }

    @Test
    void kanoAndServqualGoThroughTheirMethods() {
        Activity kano = Activity.kano(workshop);
        state.open(kano);
        RoomParticipant a = join("A");
        // like if present (0), dislike if absent (4): one-dimensional
        state.submit(a.token(), kano.id(), List.of(new AnswerCell("kn-1", "functional", 0), new AnswerCell("kn-1", "dysfunctional", 4)), false);
        assertThat(state.submit(a.token(), kano.id(), List.of(new AnswerCell("kn-1", "functional", 5)), false)).isPresent();
        assertThat(state.tally(kano.id()).kano().getFirst().category()).isEqualTo(KanoCategory.ONE_DIMENSIONAL);
        assertThat(state.tally(kano.id()).item("kn-1").category()).isEqualTo("ONE_DIMENSIONAL");

        Activity servqual = Activity.servqual(workshop);
        state.open(servqual);
        assertThat(state.submit(a.token(), kano.id(), List.of(), false)).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("activity.closed"));
        state.submit(a.token(), servqual.id(), List.of(new AnswerCell("sq-2", "expectation", 7), new AnswerCell("sq-2", "perception", 4)), false);
        assertThat(state.submit(a.token(), servqual.id(), List.of(new AnswerCell("sq-2", "perception", 8)), false))
                .hasValueSatisfying(r -> assertThat(r.args()).containsEntry("max", 7));
        assertThat(state.tally(servqual.id()).servqual().item("sq-2").orElseThrow().gap()).isEqualTo(-3.0);
        assertThat(state.tally(servqual.id()).item("sq-2").mean()).isEqualTo(-3.0);
    }

    @Test
    void pollCountsAgreement() {
        Activity poll = Activity.poll(workshop, three);
        state.open(poll);
        state.submit(join("A").token(), poll.id(), List.of(new AnswerCell("tp-3", "value", 1)), false);
        state.submit(join("B").token(), poll.id(), List.of(new AnswerCell("tp-3", "value", 0)), false);
        state.submit(join("C").token(), poll.id(), List.of(new AnswerCell("tp-3", "value", 1)), false);
        assertThat(state.tally(poll.id()).item("tp-3").count()).isEqualTo(2);
        assertThat(state.tally(poll.id()).item("tp-3").answers()).isEqualTo(3);
    }

    @Test
    void aSnapshotRestoresTheSameAnswersAndTheListenerHearsEveryAnswer(@TempDir Path folder) throws Exception {
        List<RoomSnapshot> heard = new ArrayList<>();
        state.addListener(heard::add);
        Activity emotion = Activity.emotion(workshop, three, RoomWorkshop.CUSTOMER);
        state.open(emotion);
        RoomParticipant a = join("Li <b>");
        RoomParticipant b = state.join("", "grp-2").value();
        state.submit(a.token(), emotion.id(), List.of(new AnswerCell("tp-1", "value", -4), new AnswerCell("tp-2", "value", 2)), true);
        state.submit(b.token(), emotion.id(), List.of(new AnswerCell("tp-1", "value", 3)), false);
        state.reveal(true);
        assertThat(heard.getLast().submissions()).hasSize(2);

        RoomSnapshotFile file = new RoomSnapshotFile(folder.resolve("recovery.mot.json.room.json"));
        file.write(heard.getLast());
        RoomState restored = new RoomState(Clock.systemUTC(), 200, List.of("grp-1", "grp-2"));
        restored.restore(file.read());

        assertThat(restored.snapshot()).isEqualTo(state.snapshot());
        assertThat(restored.tally(emotion.id())).isEqualTo(state.tally(emotion.id()));
        assertThat(restored.participant(a.token())).contains(a);
        assertThat(restored.revealed()).isTrue();
        assertThat(restored.submit(b.token(), emotion.id(), List.of(new AnswerCell("tp-3", "value", 5)), false)).isEmpty();
        assertThat(new RoomSnapshotFile(folder.resolve("none.json")).read()).isEqualTo(RoomSnapshot.empty());
    }

    @Test
    void activitiesRefuseIdsTheWorkshopDoesNotHave() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Activity.traits(workshop, List.of("tp-1", "tp-404")))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Activity.emotion(workshop, three, "ct-none"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Activity.poll(workshop, List.of("tp-1", "tp-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
