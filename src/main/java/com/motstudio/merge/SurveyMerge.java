package com.motstudio.merge;

import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * SERVQUAL and KANO: the file's items and needs are matched by id, then by text or name, and added
 * when the facilitator has no match; its responses, their answers mapped onto the merged items,
 * are added unless the facilitator has the same response (by id, or the same respondent with the
 * same answers). A response with the same id and other answers keeps the facilitator's. SERVQUAL
 * responses on another scale than the facilitator's are left out, as a conflict.
 */
final class SurveyMerge {
    private SurveyMerge() {}

    static void run(FileMerge m) {
        servqual(m);
        kano(m);
    }

    private static void servqual(FileMerge m) {
        ServqualSurvey ours = m.workshop().keyMoments().servqual();
        ServqualSurvey theirs = m.group().keyMoments().servqual();
        List<ServqualItem> items = new ArrayList<>(ours.items());
        for (ServqualItem item : theirs.items()) {
            Optional<ServqualItem> match = FileMerge.byIdThenName(items, ServqualItem::id, ServqualItem::text, item.id(), item.text());
            String id = match.map(ServqualItem::id).orElseGet(() -> FileMerge.freeId(item.id(), items.stream().map(ServqualItem::id).toList(), "sq"));
            if (match.isEmpty()) {
                items.add(new ServqualItem(id, item.dimension(), item.text(), touchpoints(m, item.touchpointIds())));
                m.added("servqualItem", item.text());
            }
            m.map("servqualItem", item.id(), id);
        }
        List<ServqualResponse> responses = new ArrayList<>(ours.responses());
        boolean sameScale = ours.scaleMin() == theirs.scaleMin() && ours.scaleMax() == theirs.scaleMax();
        if (!sameScale && !theirs.responses().isEmpty()) {
            m.conflict("servqualScale", MergeFinding.Settled.FACILITATOR_KEPT, Integer.toString(theirs.responses().size()),
                    ours.scaleMin() + "–" + ours.scaleMax(), theirs.scaleMin() + "–" + theirs.scaleMax());
        }
        for (ServqualResponse r : sameScale ? theirs.responses() : List.<ServqualResponse>of()) {
            List<ServqualAnswer> answers = r.answers().stream()
                    .map(a -> new ServqualAnswer(m.mapped("servqualItem", a.itemId()).orElseThrow(), a.expectation(), a.perception())).toList();
            ServqualResponse mapped = new ServqualResponse(r.id(), r.respondent(), answers, r.weights());
            add(m, responses, mapped, ServqualResponse::id, ServqualResponse::respondent, x -> x.respondent() + x.answers() + x.weights(), "servqual",
                    id -> new ServqualResponse(id, r.respondent(), answers, r.weights()), "sr");
        }
        m.set(m.workshop().withKeyMoments(m.workshop().keyMoments().withServqual(
                new ServqualSurvey(ours.scaleMin(), ours.scaleMax(), items, responses))));
    }

    private static void kano(FileMerge m) {
        KanoSurvey ours = m.workshop().keyMoments().kano();
        List<KanoNeed> needs = new ArrayList<>(ours.needs());
        for (KanoNeed need : m.group().keyMoments().kano().needs()) {
            Optional<KanoNeed> match = FileMerge.byIdThenName(needs, KanoNeed::id, KanoNeed::name, need.id(), need.name());
            String id = match.map(KanoNeed::id).orElseGet(() -> FileMerge.freeId(need.id(), needs.stream().map(KanoNeed::id).toList(), "kn"));
            if (match.isEmpty()) {
                needs.add(new KanoNeed(id, need.name(), need.functionalQuestion(), need.dysfunctionalQuestion(),
                        touchpoints(m, need.touchpointIds())));
                m.added("kanoNeed", need.name());
            }
            m.map("kanoNeed", need.id(), id);
        }
        List<KanoResponse> responses = new ArrayList<>(ours.responses());
        for (KanoResponse r : m.group().keyMoments().kano().responses()) {
            List<KanoPair> answers = r.answers().stream()
                    .map(a -> new KanoPair(m.mapped("kanoNeed", a.needId()).orElseThrow(), a.functional(), a.dysfunctional())).toList();
            add(m, responses, new KanoResponse(r.id(), r.respondent(), answers), KanoResponse::id, KanoResponse::respondent,
                    x -> x.respondent() + x.answers(), "kano", id -> new KanoResponse(id, r.respondent(), answers), "kr");
        }
        m.set(m.workshop().withKeyMoments(m.workshop().keyMoments().withKano(new KanoSurvey(needs, responses))));
    }

    /** Adds a response unless the same one is there; one with its id and other answers is a conflict the facilitator's wins. */
    private static <R> void add(FileMerge m, List<R> responses, R response, Function<R, String> id, Function<R, String> who, Function<R, String> content,
                                String survey, Function<String, R> withId, String prefix) {
        Optional<R> sameId = responses.stream().filter(x -> id.apply(x).equals(id.apply(response))).findFirst();
        if (sameId.isPresent()) {
            if (!sameId.get().equals(response)) {
                m.conflict(survey + "Response", MergeFinding.Settled.FACILITATOR_KEPT, who.apply(response));
            }
            return;
        }
        if (responses.stream().anyMatch(x -> content.apply(x).equals(content.apply(response)))) {
            return; // the same respondent's same answers, under another id: merged before
        }
        R added = withId.apply(FileMerge.freeId(id.apply(response), responses.stream().map(id).toList(), prefix));
        responses.add(added);
        m.added(survey + "Response", who.apply(response));
    }

    private static List<String> touchpoints(FileMerge m, List<String> ids) {
        return ids.stream().map(t -> m.mapped("touchpoint", t)).flatMap(Optional::stream).toList();
    }
}
