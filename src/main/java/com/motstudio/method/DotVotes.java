package com.motstudio.method;

import com.motstudio.model.DotVote;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Participant;
import com.motstudio.model.Touchpoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tallies dot voting: several records of one participant on one touchpoint add up; records with
 * no dots (or a negative count) and dots on touchpoints outside the journey are not counted.
 */
public final class DotVotes {
    private DotVotes() {}

    public static DotVoteTally of(List<Touchpoint> touchpoints, List<Participant> participants, KeyMoments keyMoments) {
        return of(touchpoints, participants, keyMoments.votesPerParticipant(), keyMoments.votes());
    }

    public static DotVoteTally of(List<Touchpoint> touchpoints, List<Participant> participants, int votesPerParticipant,
                                  List<DotVote> votes) {
        Set<String> known = new HashSet<>();
        touchpoints.forEach(t -> known.add(t.id()));
        Map<String, Integer> dots = new HashMap<>();
        Map<String, Set<String>> votersOf = new HashMap<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        participants.forEach(p -> used.put(p.id(), 0));
        int total = 0;
        for (DotVote vote : votes) {
            if (vote.count() <= 0 || !known.contains(vote.touchpointId())) {
                continue;
            }
            dots.merge(vote.touchpointId(), vote.count(), Integer::sum);
            votersOf.computeIfAbsent(vote.touchpointId(), k -> new HashSet<>()).add(vote.participantId());
            used.merge(vote.participantId(), vote.count(), Integer::sum);
            total += vote.count();
        }
        List<DotVoteTally.TouchpointDots> perTouchpoint = new ArrayList<>();
        for (Touchpoint t : touchpoints) {
            perTouchpoint.add(new DotVoteTally.TouchpointDots(t.id(), dots.getOrDefault(t.id(), 0),
                    votersOf.getOrDefault(t.id(), Set.of()).size()));
        }
        List<DotVoteTally.VoterDots> voters = new ArrayList<>();
        used.forEach((id, count) -> voters.add(new DotVoteTally.VoterDots(id, count,
                Math.max(0, votesPerParticipant - count), count > votesPerParticipant)));
        return new DotVoteTally(votesPerParticipant, total, perTouchpoint, voters);
    }
}
