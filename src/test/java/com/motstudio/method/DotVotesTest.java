package com.motstudio.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.motstudio.model.DotVote;
import com.motstudio.model.Participant;
import com.motstudio.model.Touchpoint;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dot voting against the worked example in resources/com/motstudio/method/votes. */
class DotVotesTest {

    @Test
    void tallyMatchesTheWorkedExample() {
        JsonNode example = WorkedExamples.load("votes/tally.json");
        List<Touchpoint> touchpoints = new ArrayList<>();
        example.get("touchpoints").forEach(t -> touchpoints.add(Touchpoint.named(t.asText(), t.asText())));
        List<Participant> participants = new ArrayList<>();
        example.get("participants").forEach(p -> participants.add(new Participant(p.asText(), p.asText(), "", "")));
        List<DotVote> votes = new ArrayList<>();
        example.get("votes").forEach(v -> votes.add(new DotVote(v.get(0).asText(), v.get(1).asText(), v.get(2).asInt())));

        DotVoteTally tally = DotVotes.of(touchpoints, participants, example.get("votesPerParticipant").asInt(), votes);
        JsonNode want = example.get("expected");

        assertThat(tally.votesPerParticipant()).isEqualTo(3);
        assertThat(tally.total()).isEqualTo(want.get("total").asInt());
        List<DotVoteTally.TouchpointDots> dots = new ArrayList<>();
        want.get("touchpoints").forEach(t -> dots.add(new DotVoteTally.TouchpointDots(t.get(0).asText(), t.get(1).asInt(), t.get(2).asInt())));
        assertThat(tally.touchpoints()).isEqualTo(dots);
        List<DotVoteTally.VoterDots> voters = new ArrayList<>();
        want.get("voters").forEach(v -> voters.add(new DotVoteTally.VoterDots(v.get(0).asText(), v.get(1).asInt(), v.get(2).asInt(),
                v.get(3).asBoolean())));
        assertThat(tally.voters()).isEqualTo(voters);
        assertThat(tally.dotsOn("tp1")).isEqualTo(4);
        assertThat(tally.dotsOn("tp-gone")).isZero();
    }
}
