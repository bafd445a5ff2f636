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
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.Participant;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Touchpoint;
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
        RoomRecords records = new RoomRecords(activity, submissions, participants);
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
                traits = TraitScores.of(touchpoints, records.traitRatings(), List.of());
                traits.forEach(t -> items.add(new RoomTally.ItemFigure(t.touchpointId(), t.raters(), t.score(), t.disagreement(), null, "")));
            }
            case DOTS -> {
                List<Participant> people = participants.stream().map(p -> new Participant(p.id(), p.name(), p.groupId(), "")).toList();
                dots = DotVotes.of(touchpoints, people, activity.budget(), records.dotVotes());
                dots.touchpoints().forEach(t -> items.add(new RoomTally.ItemFigure(t.touchpointId(), t.voters(), null, null, t.dots(), "")));
            }
            case KANO -> {
                kano = Kano.of(kanoSurvey(activity, records));
                kano.forEach(k -> items.add(new RoomTally.ItemFigure(k.needId(), answered(byItem, k.needId()),
                        null, null, null, k.category() == null ? "" : k.category().name())));
            }
            case SERVQUAL -> {
                servqual = Servqual.of(servqualSurvey(activity, records));
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

    /** The KANO answers as a survey of the activity's needs. */
    private static KanoSurvey kanoSurvey(Activity activity, RoomRecords records) {
        List<KanoNeed> needs = activity.items().stream().map(i -> new KanoNeed(i.id(), i.label(), "", "", List.of())).toList();
        return new KanoSurvey(needs, records.kanoResponses());
    }

    /** The SERVQUAL answers as a survey of the activity's items and scale. */
    private static ServqualSurvey servqualSurvey(Activity activity, RoomRecords records) {
        List<ServqualItem> items = activity.items().stream()
                .map(i -> new ServqualItem(i.id(), dimension(i), i.label(), List.of())).toList();
        return new ServqualSurvey(activity.valueMin(), activity.valueMax(), items, records.servqualResponses());
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
