package com.motstudio.room;

import com.motstudio.method.Averages;
import com.motstudio.method.DotVoteTally;
import com.motstudio.method.DotVotes;
import com.motstudio.method.Kano;
import com.motstudio.method.KanoNeedResult;
import com.motstudio.method.Servqual;
import com.motstudio.method.ServqualResult;
import com.motstudio.method.TouchpointScore;
import com.motstudio.method.TraitScores;
import com.motstudio.model.DotVote;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.Participant;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns the submissions of one activity into the model's records and runs the app's methods on them. */
final class Tallies {
    private Tallies() {}

    static RoomTally of(Activity activity, List<Submission> submissions, List<RoomParticipant> participants) {
        int respondents = (int) submissions.stream().filter(s -> !s.cells().isEmpty()).count();
        int finished = (int) submissions.stream().filter(s -> s.finished(activity)).count();
        Map<String, List<AnswerCell>> byItem = new HashMap<>();
        submissions.forEach(s -> s.cells().forEach(c -> byItem.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(c)));
        List<Touchpoint> touchpoints = activity.items().stream().map(i -> Touchpoint.named(i.id(), i.label())).toList();
        List<RoomTally.ItemFigure> items = new ArrayList<>();
        List<TouchpointScore> traits = List.of();
        DotVoteTally dots = null;
        List<KanoNeedResult> kano = List.of();
        ServqualResult servqual = null;
        switch (activity.kind()) {
            case EMOTION -> activity.items().forEach(i -> items.add(spread(i.id(), byItem.getOrDefault(i.id(), List.of()))));
            case POLL -> activity.items().forEach(i -> items.add(poll(i.id(), byItem.getOrDefault(i.id(), List.of()))));
            case TRAITS -> {
                traits = TraitScores.of(touchpoints, ratings(submissions), List.of());
                traits.forEach(t -> items.add(new RoomTally.ItemFigure(t.touchpointId(), t.raters(), t.score(), t.disagreement(), null, "")));
            }
            case DOTS -> {
                List<Participant> people = participants.stream().map(p -> new Participant(p.id(), p.name(), p.groupId(), "")).toList();
                dots = DotVotes.of(touchpoints, people, activity.budget(), votes(submissions));
                dots.touchpoints().forEach(t -> items.add(new RoomTally.ItemFigure(t.touchpointId(), t.voters(), null, null, t.dots(), "")));
            }
            case KANO -> {
                kano = Kano.of(kanoSurvey(activity, submissions));
                kano.forEach(k -> items.add(new RoomTally.ItemFigure(k.needId(), answered(byItem, k.needId()),
                        null, null, null, k.category() == null ? "" : k.category().name())));
            }
            case SERVQUAL -> {
                servqual = Servqual.of(servqualSurvey(activity, submissions));
                servqual.items().forEach(i -> items.add(new RoomTally.ItemFigure(i.itemId(), i.pairs(), i.gap(), null, null, "")));
            }
        }
        return new RoomTally(activity.id(), activity.kind(), respondents, finished, items, traits, dots, kano, servqual);
    }

    private static RoomTally.ItemFigure spread(String itemId, List<AnswerCell> cells) {
        List<Integer> values = cells.stream().map(AnswerCell::value).toList();
        return new RoomTally.ItemFigure(itemId, values.size(), Averages.mean(values), Averages.populationSd(values), null, "");
    }

    private static RoomTally.ItemFigure poll(String itemId, List<AnswerCell> cells) {
        int agree = (int) cells.stream().filter(c -> c.value() == 1).count();
        return new RoomTally.ItemFigure(itemId, cells.size(), null, null, agree, "");
    }

    private static int answered(Map<String, List<AnswerCell>> byItem, String itemId) {
        return (int) byItem.getOrDefault(itemId, List.of()).stream().filter(c -> c.part().equals(ActivityKind.Parts.FUNCTIONAL)).count();
    }

    private static List<TraitRating> ratings(List<Submission> submissions) {
        List<TraitRating> ratings = new ArrayList<>();
        submissions.forEach(s -> s.cells().forEach(c ->
                ratings.add(new TraitRating(s.participantId(), c.item(), Trait.valueOf(c.part()), c.value()))));
        return ratings;
    }

    private static List<DotVote> votes(List<Submission> submissions) {
        List<DotVote> votes = new ArrayList<>();
        submissions.forEach(s -> s.cells().forEach(c -> votes.add(new DotVote(s.participantId(), c.item(), c.value()))));
        return votes;
    }

    /** The KANO answers as the model's responses, one per participant. */
    static KanoSurvey kanoSurvey(Activity activity, List<Submission> submissions) {
        List<KanoNeed> needs = activity.items().stream().map(i -> new KanoNeed(i.id(), i.label(), "", "", List.of())).toList();
        List<KanoResponse> responses = new ArrayList<>();
        for (Submission s : submissions) {
            Map<String, KanoAnswer[]> pairs = new java.util.LinkedHashMap<>();
            for (AnswerCell c : s.cells()) {
                int side = c.part().equals(ActivityKind.Parts.FUNCTIONAL) ? 0 : 1;
                pairs.computeIfAbsent(c.item(), k -> new KanoAnswer[2])[side] = KanoAnswer.values()[c.value()];
            }
            List<KanoPair> answers = new ArrayList<>();
            pairs.forEach((need, pair) -> answers.add(new KanoPair(need, pair[0], pair[1])));
            responses.add(new KanoResponse(s.participantId(), s.participantId(), answers));
        }
        return new KanoSurvey(needs, responses);
    }

    /** The SERVQUAL answers as the model's responses, one per participant. */
    static ServqualSurvey servqualSurvey(Activity activity, List<Submission> submissions) {
        List<ServqualItem> items = activity.items().stream()
                .map(i -> new ServqualItem(i.id(), dimension(i), i.label(), List.of())).toList();
        List<ServqualResponse> responses = new ArrayList<>();
        for (Submission s : submissions) {
            Map<String, Integer[]> sides = new java.util.LinkedHashMap<>();
            for (AnswerCell c : s.cells()) {
                int side = c.part().equals(ActivityKind.Parts.EXPECTATION) ? 0 : 1;
                sides.computeIfAbsent(c.item(), k -> new Integer[2])[side] = c.value();
            }
            List<ServqualAnswer> answers = new ArrayList<>();
            sides.forEach((item, pair) -> answers.add(new ServqualAnswer(item, pair[0], pair[1])));
            responses.add(new ServqualResponse(s.participantId(), s.participantId(), answers, List.of()));
        }
        return new ServqualSurvey(activity.valueMin(), activity.valueMax(), items, responses);
    }

    /** A SERVQUAL item's dimension, which {@link Activity#servqual} puts as the item's first detail. */
    private static ServqualDimension dimension(ActivityItem item) {
        try {
            return ServqualDimension.valueOf(item.details().getFirst());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
