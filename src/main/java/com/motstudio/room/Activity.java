package com.motstudio.room;

import com.motstudio.method.TraitScores;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Ids;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.Workshop;
import java.util.ArrayList;
import java.util.List;

/**
 * A question put to the room: what kind, about which items, and the range each answer must be in.
 * Made from the workshop as it is when the facilitator opens it, so the phones see the names of the
 * moment and the limits are the app's own (EmotionScore, TraitScores, the dot budget, the survey scale).
 *
 * @param customerTypeId the customer type whose emotions are asked (emotion only, otherwise "")
 * @param valueMin       the lowest value of one answer
 * @param valueMax       the highest value of one answer
 * @param budget         dots each participant may place in all (dot voting only, otherwise 0)
 */
public record Activity(String id, ActivityKind kind, String customerTypeId, List<ActivityItem> items,
                       int valueMin, int valueMax, int budget) {
    public Activity {
        items = List.copyOf(items);
        customerTypeId = customerTypeId == null ? "" : customerTypeId;
    }

    /** Emotions (−5…+5) of one customer type at the chosen touchpoints. */
    public static Activity emotion(Workshop workshop, List<String> touchpointIds, String customerTypeId) {
        if (workshop.customerTypes().stream().noneMatch(c -> c.id().equals(customerTypeId))) {
            throw new IllegalArgumentException("no customer type " + customerTypeId);
        }
        return new Activity(Ids.next("ra"), ActivityKind.EMOTION, customerTypeId, touchpoints(workshop, touchpointIds),
                EmotionScore.MIN, EmotionScore.MAX, 0);
    }

    /** Ratings 1–5 of the six traits of the chosen touchpoints. */
    public static Activity traits(Workshop workshop, List<String> touchpointIds) {
        return new Activity(Ids.next("ra"), ActivityKind.TRAITS, "", touchpoints(workshop, touchpointIds),
                TraitScores.MIN_RATING, TraitScores.MAX_RATING, 0);
    }

    /** Dot voting on the chosen touchpoints with the workshop's budget of dots. */
    public static Activity dots(Workshop workshop, List<String> touchpointIds) {
        int budget = workshop.keyMoments().votesPerParticipant();
        return new Activity(Ids.next("ra"), ActivityKind.DOTS, "", touchpoints(workshop, touchpointIds), 0, budget, budget);
    }

    /** Agree (1) or disagree (0) with each chosen touchpoint being a moment of truth. */
    public static Activity poll(Workshop workshop, List<String> touchpointIds) {
        return new Activity(Ids.next("ra"), ActivityKind.POLL, "", touchpoints(workshop, touchpointIds), 0, 1, 0);
    }

    /** The KANO questionnaire for every need of the workshop's KANO survey. */
    public static Activity kano(Workshop workshop) {
        List<ActivityItem> items = new ArrayList<>();
        for (KanoNeed need : workshop.keyMoments().kano().needs()) {
            items.add(new ActivityItem(need.id(), need.name(), List.of(need.functionalQuestion(), need.dysfunctionalQuestion())));
        }
        return new Activity(Ids.next("ra"), ActivityKind.KANO, "", items, 0, KanoAnswer.values().length - 1, 0);
    }

    /** The SERVQUAL questionnaire (expectation and perception) on the survey's items and scale. */
    public static Activity servqual(Workshop workshop) {
        ServqualSurvey survey = workshop.keyMoments().servqual();
        List<ActivityItem> items = new ArrayList<>();
        for (ServqualItem item : survey.items()) {
            items.add(new ActivityItem(item.id(), item.text(), List.of(item.dimension() == null ? "" : item.dimension().name())));
        }
        return new Activity(Ids.next("ra"), ActivityKind.SERVQUAL, "", items, survey.scaleMin(), survey.scaleMax(), 0);
    }

    /** The item with an id, or null. */
    public ActivityItem item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null);
    }

    /** Answers a participant gives when they answer every part of every item. */
    public int answersWhenComplete() {
        return kind == ActivityKind.DOTS ? budget : items.size() * kind.parts().size();
    }

    private static List<ActivityItem> touchpoints(Workshop workshop, List<String> touchpointIds) {
        List<ActivityItem> items = new ArrayList<>();
        for (String id : touchpointIds) {
            Touchpoint touchpoint = workshop.journey().touchpoint(id)
                    .orElseThrow(() -> new IllegalArgumentException("no touchpoint " + id));
            String stage = workshop.journey().stageOf(id).map(Stage::name).orElse("");
            items.add(new ActivityItem(id, touchpoint.name(), List.of(stage)));
        }
        if (items.stream().map(ActivityItem::id).distinct().count() != items.size()) {
            throw new IllegalArgumentException("a touchpoint is listed twice");
        }
        return items;
    }
}
