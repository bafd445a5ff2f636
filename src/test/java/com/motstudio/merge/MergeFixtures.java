package com.motstudio.merge;

import com.motstudio.model.CustomerKind;
import com.motstudio.model.CustomerType;
import com.motstudio.model.DotVote;
import com.motstudio.model.Journey;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Participant;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;

import java.util.List;

/** A facilitator's workshop and the files two table groups hand back, with the changes a merge has to sort out. */
public final class MergeFixtures {
    private MergeFixtures() {}

    static final ParticipantGroup TABLE_A = new ParticipantGroup("gr-a", "Table A");
    static final ParticipantGroup TABLE_B = new ParticipantGroup("gr-b", "Table B");

    /** Two stages, two groups with one person each, one rating, one vote, one KANO need answered once, one SERVQUAL item. */
    public static Workshop facilitator() {
        Workshop w = Workshop.blank("en", "Citizen");
        w = w.withCustomerTypes(List.of(new CustomerType("ct-citizen", CustomerKind.EXTERNAL, "Citizen", "")));
        Journey journey = new Journey(List.of(
                new Stage("st-arrive", "Arrive", "", List.of(Touchpoint.named("tp-door", "Front door").withEmotion("ct-citizen", -1),
                        Touchpoint.named("tp-queue", "Take a number"))),
                new Stage("st-leave", "Leave", "", List.of(Touchpoint.named("tp-rate", "Rate the service")))));
        w = w.withJourney(journey).withInfo(w.info().withGroups(List.of(TABLE_A, TABLE_B)).withParticipants(List.of(
                new Participant("pa-li", "Li Wei", "gr-a", ""), new Participant("pa-wang", "Wang Fang", "gr-b", ""))));
        KeyMoments k = w.keyMoments().withRatings(List.of(new TraitRating("pa-li", "tp-door", Trait.EMOTIONAL_IMPACT, 4),
                        new TraitRating("pa-wang", "tp-queue", Trait.FREQUENCY, 3)))
                .withVotes(3, List.of(new DotVote("pa-li", "tp-queue", 2)))
                .withKano(new KanoSurvey(List.of(new KanoNeed("kn-wait", "Short wait", "", "", List.of("tp-queue"))),
                        List.of(new KanoResponse("kr-1", "Resp 1", List.of(new KanoPair("kn-wait", KanoAnswer.LIKE, KanoAnswer.DISLIKE))))))
                .withServqual(new ServqualSurvey(1, 7, List.of(new ServqualItem("sq-1", ServqualDimension.TANGIBLES, "Clean hall", List.of())),
                        List.of()));
        return w.withKeyMoments(k);
    }

    /**
     * Table B's laptop had a copy of the workshop with both groups. Its team: renamed a touchpoint,
     * re-typed a stage and a touchpoint under other ids, added a touchpoint, a new "Li Wei" of its
     * own, emotions, ratings, votes, a KANO and a SERVQUAL response.
     */
    public static Workshop tableB() {
        Workshop w = facilitator();
        Journey journey = new Journey(List.of(
                new Stage("st-arrive", "Arrive", "", List.of(Touchpoint.named("tp-door", "Front door").withEmotion("ct-citizen", -3),
                        Touchpoint.named("tp-b-queue", "take a number ").withEmotion("ct-citizen", -2).withPainPoints(List.of("Ticket machine broken")),
                        Touchpoint.named("tp-desk", "Ask at the desk").withEmotion("ct-citizen", 1))),
                new Stage("st-b-leave", " leave", "", List.of(Touchpoint.named("tp-rate", "Rate us"),
                        Touchpoint.named("tp-b-collect", "Collect the licence"))),
                new Stage("st-b-after", "After", "", List.of(Touchpoint.named("tp-b-call", "Follow-up call")))));
        w = w.withJourney(journey).withInfo(w.info().withParticipants(List.of(new Participant("pa-li", "Li Wei", "gr-a", ""),
                new Participant("pa-wang", "Wang Fang", "gr-b", ""), new Participant("pa-b-li", "Li Wei", "gr-b", ""))));
        KeyMoments k = w.keyMoments().withRatings(List.of(
                        new TraitRating("pa-li", "tp-door", Trait.EMOTIONAL_IMPACT, 2), // another group's person: a stale copy
                        new TraitRating("pa-wang", "tp-door", Trait.EMOTIONAL_IMPACT, 5),
                        new TraitRating("pa-wang", "tp-b-queue", Trait.FREQUENCY, 3),
                        new TraitRating("pa-b-li", "tp-b-collect", Trait.SPREAD, 4)))
                .withVotes(3, List.of(new DotVote("pa-li", "tp-b-queue", 2), new DotVote("pa-wang", "tp-b-call", 3)))
                .withKano(new KanoSurvey(List.of(new KanoNeed("kn-wait", "Short wait", "", "", List.of("tp-b-queue"))),
                        List.of(new KanoResponse("kr-1", "Resp 1", List.of(new KanoPair("kn-wait", KanoAnswer.LIKE, KanoAnswer.DISLIKE))),
                                new KanoResponse("kr-b-1", "Zhang", List.of(new KanoPair("kn-wait", KanoAnswer.MUST_BE, KanoAnswer.DISLIKE))))))
                .withServqual(new ServqualSurvey(1, 7, List.of(new ServqualItem("sq-1", ServqualDimension.TANGIBLES, "Clean hall", List.of()),
                        new ServqualItem("sq-b-2", ServqualDimension.EMPATHY, "Staff listen", List.of("tp-b-collect"))),
                        List.of(new ServqualResponse("sr-b-1", "Zhang", List.of(new ServqualAnswer("sq-1", 6, 4),
                                new ServqualAnswer("sq-b-2", 7, 5)), List.of()))));
        return w.withKeyMoments(k);
    }

    /** Table B's own small file: only its group; Wang Fang re-rated a touchpoint and moved her dots. */
    public static Workshop tableBOnly() {
        Workshop w = facilitator();
        w = w.withInfo(w.info().withGroups(List.of(TABLE_B)).withParticipants(List.of(new Participant("pa-wang", "Wang Fang", "gr-b", ""))));
        return w.withKeyMoments(w.keyMoments().withRatings(List.of(new TraitRating("pa-wang", "tp-queue", Trait.FREQUENCY, 5)))
                .withVotes(3, List.of(new DotVote("pa-wang", "tp-queue", 1)))
                .withKano(new KanoSurvey(w.keyMoments().kano().needs(), List.of())));
    }
}
