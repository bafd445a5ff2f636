package com.motstudio.ui.moments;

import com.motstudio.model.DimensionWeight;
import com.motstudio.model.IpaScore;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingSurvey;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The changes the survey data tab makes to step 2's instruments and answers, as new values: the
 * SERVQUAL items and scale, answers typed in per respondent, NPS / CSAT / 好差评 counts and IPA
 * points. Lists keep their order; a changed entry stays where it was.
 */
final class SurveyEdits {
    private SurveyEdits() {}

    /** Answers that would fall off a new SERVQUAL scale (the method would then ignore them). */
    static long answersOffScale(ServqualSurvey s, int min, int max) {
        return s.responses().stream().flatMap(r -> r.answers().stream())
                .mapToLong(a -> off(a.expectation(), min, max) + off(a.perception(), min, max)).sum();
    }

    static ServqualSurvey withScale(ServqualSurvey s, int min, int max) {
        return new ServqualSurvey(min, max, s.items(), s.responses());
    }

    static ServqualSurvey withItem(ServqualSurvey s, ServqualItem item) {
        return new ServqualSurvey(s.scaleMin(), s.scaleMax(), put(s.items(), item, ServqualItem::id), s.responses());
    }

    /** How many respondents answered the item. */
    static long answersTo(ServqualSurvey s, String itemId) {
        return s.responses().stream().filter(r -> r.answers().stream().anyMatch(a -> a.itemId().equals(itemId))).count();
    }

    /** The item removed, with every answer to it. */
    static ServqualSurvey withoutItem(ServqualSurvey s, String itemId) {
        List<ServqualResponse> responses = s.responses().stream().map(r -> new ServqualResponse(r.id(), r.respondent(),
                r.answers().stream().filter(a -> !a.itemId().equals(itemId)).toList(), r.weights())).toList();
        return new ServqualSurvey(s.scaleMin(), s.scaleMax(), without(s.items(), itemId, ServqualItem::id), responses);
    }

    static ServqualSurvey withItemMoved(ServqualSurvey s, String itemId, int delta) {
        return new ServqualSurvey(s.scaleMin(), s.scaleMax(), moved(s.items(), itemId, delta, ServqualItem::id), s.responses());
    }

    static ServqualSurvey withResponse(ServqualSurvey s, ServqualResponse response) {
        return new ServqualSurvey(s.scaleMin(), s.scaleMax(), s.items(), put(s.responses(), response, ServqualResponse::id));
    }

    static ServqualSurvey withoutResponse(ServqualSurvey s, String responseId) {
        return new ServqualSurvey(s.scaleMin(), s.scaleMax(), s.items(), without(s.responses(), responseId, ServqualResponse::id));
    }

    /** One answer set; an answer with neither expectation nor perception is removed. */
    static ServqualResponse withAnswer(ServqualResponse r, String itemId, Integer expectation, Integer perception) {
        ServqualAnswer answer = new ServqualAnswer(itemId, expectation, perception);
        List<ServqualAnswer> answers = expectation == null && perception == null ? without(r.answers(), itemId, ServqualAnswer::itemId)
                : put(r.answers(), answer, ServqualAnswer::itemId);
        return new ServqualResponse(r.id(), r.respondent(), answers, r.weights());
    }

    /** A dimension's points set (null removes them). */
    static ServqualResponse withWeight(ServqualResponse r, ServqualDimension dimension, Double points) {
        List<DimensionWeight> weights = points == null ? without(r.weights(), dimension.name(), w -> w.dimension().name())
                : put(r.weights(), new DimensionWeight(dimension, points), w -> w.dimension().name());
        return new ServqualResponse(r.id(), r.respondent(), r.answers(), weights);
    }

    static KanoSurvey withKanoResponse(KanoSurvey k, KanoResponse response) {
        return new KanoSurvey(k.needs(), put(k.responses(), response, KanoResponse::id));
    }

    static KanoSurvey withoutKanoResponse(KanoSurvey k, String responseId) {
        return new KanoSurvey(k.needs(), without(k.responses(), responseId, KanoResponse::id));
    }

    /** One need's pair of answers set; a pair with neither answer is removed. */
    static KanoResponse withPair(KanoResponse r, String needId, KanoAnswer functional, KanoAnswer dysfunctional) {
        List<KanoPair> answers = functional == null && dysfunctional == null ? without(r.answers(), needId, KanoPair::needId)
                : put(r.answers(), new KanoPair(needId, functional, dysfunctional), KanoPair::needId);
        return new KanoResponse(r.id(), r.respondent(), answers);
    }

    /** A value's count set; a count of 0 removes the value. */
    static RatingSurvey withCount(RatingSurvey s, int value, int count) {
        String key = String.valueOf(value);
        List<RatingCount> counts = count <= 0 ? without(s.counts(), key, c -> String.valueOf(c.value()))
                : put(s.counts(), new RatingCount(value, count), c -> String.valueOf(c.value()));
        return new RatingSurvey(s.id(), s.kind(), s.name(), s.touchpointId(), counts.stream()
                .sorted(java.util.Comparator.comparingInt(RatingCount::value)).toList());
    }

    static int count(RatingSurvey s, int value) {
        return s.counts().stream().filter(c -> c.value() == value).mapToInt(RatingCount::count).sum();
    }

    /** The touchpoint's IPA point set: one point per touchpoint. */
    static List<IpaScore> withIpa(List<IpaScore> scores, IpaScore score) {
        return put(scores, score, IpaScore::touchpointId);
    }

    static <T> List<T> put(List<T> list, T item, Function<T, String> id) {
        List<T> next = new ArrayList<>(list);
        String key = id.apply(item);
        int at = indexOf(next, key, id);
        if (at < 0) {
            next.add(item);
        } else {
            next.set(at, item);
        }
        return next;
    }

    static <T> List<T> without(List<T> list, String key, Function<T, String> id) {
        return list.stream().filter(x -> !id.apply(x).equals(key)).toList();
    }

    static <T> List<T> moved(List<T> list, String key, int delta, Function<T, String> id) {
        List<T> next = new ArrayList<>(list);
        int from = indexOf(next, key, id);
        if (from < 0) {
            return list;
        }
        int to = Math.clamp(from + delta, 0, next.size() - 1);
        next.add(to, next.remove(from));
        return next;
    }

    private static <T> int indexOf(List<T> list, String key, Function<T, String> id) {
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static int off(Integer value, int min, int max) {
        return value != null && (value < min || value > max) ? 1 : 0;
    }
}
