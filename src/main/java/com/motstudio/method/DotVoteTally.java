package com.motstudio.method;

import java.util.List;

/**
 * The dot-voting result: dots per touchpoint and, per participant, dots used and left.
 *
 * @param votesPerParticipant the dots each participant may place
 * @param total               all dots placed on the journey's touchpoints
 * @param touchpoints         every touchpoint of the journey, in journey order
 * @param voters              the workshop's participants in their order, then anyone else who voted
 */
public record DotVoteTally(
        int votesPerParticipant,
        int total,
        List<TouchpointDots> touchpoints,
        List<VoterDots> voters) {
    public DotVoteTally {
        touchpoints = List.copyOf(touchpoints);
        voters = List.copyOf(voters);
    }

    /** The dots on a touchpoint (0 when none or unknown). */
    public int dotsOn(String touchpointId) {
        return touchpoints.stream().filter(t -> t.touchpointId().equals(touchpointId))
                .mapToInt(TouchpointDots::dots).findFirst().orElse(0);
    }

    /** The dots on one touchpoint and how many participants put them there. */
    public record TouchpointDots(String touchpointId, int dots, int voters) {}

    /**
     * One participant's dots.
     *
     * @param left       dots still to place, votesPerParticipant − used, never below 0
     * @param overBudget true when the participant placed more dots than allowed
     */
    public record VoterDots(String participantId, int used, int left, boolean overBudget) {}
}
