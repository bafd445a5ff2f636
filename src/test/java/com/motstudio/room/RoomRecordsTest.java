package com.motstudio.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoPair;
import com.motstudio.model.Participant;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A room's answers become the workshop's own records, ready for "Apply to workshop". */
class RoomRecordsTest {
    private final Workshop workshop = RoomWorkshop.thirtyTouchpoints();
    private final RoomState state = new RoomState(Clock.systemUTC(), 200, List.of("grp-1", "grp-2"));
    private final List<String> two = RoomWorkshop.touchpointIds(workshop).subList(0, 2);

    @Test
    void emotionsAreTheRoundedMeanOfTheAnswersGiven() {
        Activity emotion = Activity.emotion(workshop, two, RoomWorkshop.CUSTOMER);
        state.open(emotion);
        state.submit(state.join("A", "").value().token(), emotion.id(), List.of(new AnswerCell("tp-1", "value", -5)), false);
        state.submit(state.join("B", "").value().token(), emotion.id(), List.of(new AnswerCell("tp-1", "value", -2)), false);
        RoomRecords records = new RoomRecords(state.snapshot(), emotion.id());
        // mean −3.5 rounds to −3 (Math.round rounds halves up); tp-2 was not answered
        assertThat(records.emotions()).containsExactly(java.util.Map.entry("tp-1", -3));
        assertThat(records.participants()).extracting(Participant::name).containsExactly("A", "B");
    }

    @Test
    void traitRatingsPerParticipantOrPerGroup() {
        Activity traits = Activity.traits(workshop, two);
        state.open(traits);
        RoomParticipant a = state.join("A", "grp-1").value();
        RoomParticipant b = state.join("", "grp-1").value();
        RoomParticipant c = state.join("C", "").value();
        state.submit(a.token(), traits.id(), List.of(new AnswerCell("tp-2", "SPREAD", 2)), false);
        state.submit(b.token(), traits.id(), List.of(new AnswerCell("tp-2", "SPREAD", 5)), false);
        state.submit(c.token(), traits.id(), List.of(new AnswerCell("tp-2", "SPREAD", 1)), false);
        RoomRecords records = new RoomRecords(state.snapshot(), traits.id());
        assertThat(records.traitRatings()).containsExactly(new TraitRating(a.id(), "tp-2", Trait.SPREAD, 2),
                new TraitRating(b.id(), "tp-2", Trait.SPREAD, 5), new TraitRating(c.id(), "tp-2", Trait.SPREAD, 1));
        assertThat(records.traitRatingsByGroup()).containsExactly(new TraitRating("grp-1", "tp-2", Trait.SPREAD, 4));
    }

    @Test
    void surveyResponsesAndPollCounts() {
        Activity kano = Activity.kano(workshop);
        state.open(kano);
        RoomParticipant anonymous = state.join("", "grp-2").value();
        state.submit(anonymous.token(), kano.id(), List.of(new AnswerCell("kn-2", "dysfunctional", 4), new AnswerCell("kn-2", "functional", 1)), false);
        var kanoResponse = new RoomRecords(state.snapshot(), kano.id()).kanoResponses().getFirst();
        assertThat(kanoResponse.respondent()).isEqualTo("grp-2");
        assertThat(kanoResponse.answers()).containsExactly(new KanoPair("kn-2", KanoAnswer.MUST_BE, KanoAnswer.DISLIKE));

        Activity servqual = Activity.servqual(workshop);
        state.open(servqual);
        RoomParticipant named = state.join("Lin", "").value();
        state.submit(named.token(), servqual.id(), List.of(new AnswerCell("sq-1", "perception", 6)), false);
        var servqualResponse = new RoomRecords(state.snapshot(), servqual.id()).servqualResponses().getFirst();
        assertThat(servqualResponse.respondent()).isEqualTo("Lin");
        assertThat(servqualResponse.answers()).containsExactly(new ServqualAnswer("sq-1", null, 6));

        Activity poll = Activity.poll(workshop, two);
        state.open(poll);
        state.submit(named.token(), poll.id(), List.of(new AnswerCell("tp-1", "value", 0)), false);
        state.submit(anonymous.token(), poll.id(), List.of(new AnswerCell("tp-1", "value", 1)), false);
        assertThat(new RoomRecords(state.snapshot(), poll.id()).poll())
                .containsExactly(java.util.Map.entry("tp-1", new RoomRecords.PollCount(1, 1)), java.util.Map.entry("tp-2", new RoomRecords.PollCount(0, 0)));
    }
}
