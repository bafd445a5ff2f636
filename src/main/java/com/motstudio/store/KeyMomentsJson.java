package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.CandidateRejection;
import com.motstudio.model.DimensionWeight;
import com.motstudio.model.DotVote;
import com.motstudio.model.IpaScore;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoNeed;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.MomentOfTruth;
import com.motstudio.model.RatingCount;
import com.motstudio.model.RatingKind;
import com.motstudio.model.RatingSurvey;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualDimension;
import com.motstudio.model.ServqualItem;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import com.motstudio.model.TraitWeight;

import static com.motstudio.store.JsonTree.*;

/** Maps step 2 (ratings, votes, surveys, confirmed moments) to and from the file's JSON. */
final class KeyMomentsJson {
    private KeyMomentsJson() {}

    static ObjectNode write(KeyMoments k) {
        ObjectNode node = object();
        node.set("traitWeights", array(k.traitWeights(), w -> object().put("trait", w.trait().name()).set("weight", number(w.weight()))));
        node.set("ratings", array(k.ratings(), r -> object().put("raterId", r.raterId()).put("touchpointId", r.touchpointId())
                .put("trait", r.trait().name()).put("value", r.value())));
        node.put("votesPerParticipant", k.votesPerParticipant());
        node.set("votes", array(k.votes(), v -> object().put("participantId", v.participantId())
                .put("touchpointId", v.touchpointId()).put("count", v.count())));
        node.set("servqual", write(k.servqual()));
        node.set("kano", write(k.kano()));
        node.set("ratingSurveys", array(k.ratingSurveys(), KeyMomentsJson::write));
        node.set("ipa", array(k.ipa(), s -> object().put("touchpointId", s.touchpointId())
                .<ObjectNode>set("importance", number(s.importance())).set("performance", number(s.performance()))));
        node.set("moments", array(k.moments(), KeyMomentsJson::write));
        node.set("rejections", array(k.rejections(), r -> object().put("touchpointId", r.touchpointId()).put("reason", r.reason())));
        return node;
    }

    static KeyMoments read(JsonNode node) {
        return new KeyMoments(
                list(node, "traitWeights", w -> new TraitWeight(constant(w, "trait", Trait.class), decimal(w, "weight"))),
                list(node, "ratings", r -> new TraitRating(text(r, "raterId"), text(r, "touchpointId"),
                        constant(r, "trait", Trait.class), integer(r, "value", 0))),
                integer(node, "votesPerParticipant", KeyMoments.empty().votesPerParticipant()),
                list(node, "votes", v -> new DotVote(text(v, "participantId"), text(v, "touchpointId"), integer(v, "count", 0))),
                readServqual(section(node, "servqual")), readKano(section(node, "kano")),
                list(node, "ratingSurveys", KeyMomentsJson::readRatingSurvey),
                list(node, "ipa", s -> new IpaScore(text(s, "touchpointId"), decimal(s, "importance"),
                        decimal(s, "performance"))),
                list(node, "moments", KeyMomentsJson::readMoment),
                list(node, "rejections", r -> new CandidateRejection(text(r, "touchpointId"), text(r, "reason"))));
    }

    private static ObjectNode write(ServqualSurvey s) {
        ObjectNode node = object().put("scaleMin", s.scaleMin()).put("scaleMax", s.scaleMax());
        node.set("items", array(s.items(), i -> object().put("id", i.id()).put("dimension", i.dimension().name())
                .put("text", i.text()).<ObjectNode>set("touchpointIds", strings(i.touchpointIds()))));
        node.set("responses", array(s.responses(), r -> {
            ObjectNode response = object().put("id", r.id()).put("respondent", r.respondent());
            response.set("answers", array(r.answers(), a -> object().put("itemId", a.itemId())
                    .<ObjectNode>set("expectation", integer(a.expectation())).<ObjectNode>set("perception", integer(a.perception()))));
            response.set("weights", array(r.weights(), w -> object().put("dimension", w.dimension().name()).set("points", number(w.points()))));
            return response;
        }));
        return node;
    }

    private static ServqualSurvey readServqual(JsonNode node) {
        ServqualSurvey defaults = ServqualSurvey.empty();
        return new ServqualSurvey(integer(node, "scaleMin", defaults.scaleMin()), integer(node, "scaleMax", defaults.scaleMax()),
                list(node, "items", i -> new ServqualItem(text(i, "id"), constant(i, "dimension", ServqualDimension.class),
                        text(i, "text"), strings(i, "touchpointIds"))),
                list(node, "responses", r -> new ServqualResponse(text(r, "id"), text(r, "respondent"),
                        list(r, "answers", a -> new ServqualAnswer(text(a, "itemId"), integer(a, "expectation"), integer(a, "perception"))),
                        list(r, "weights", w -> new DimensionWeight(constant(w, "dimension", ServqualDimension.class),
                                decimal(w, "points"))))));
    }

    private static ObjectNode write(KanoSurvey k) {
        ObjectNode node = object();
        node.set("needs", array(k.needs(), n -> object().put("id", n.id()).put("name", n.name())
                .put("functionalQuestion", n.functionalQuestion()).put("dysfunctionalQuestion", n.dysfunctionalQuestion())
                .<ObjectNode>set("touchpointIds", strings(n.touchpointIds()))));
        node.set("responses", array(k.responses(), r -> object().put("id", r.id()).put("respondent", r.respondent())
                .<ObjectNode>set("answers", array(r.answers(), a -> object().put("needId", a.needId())
                        .put("functional", a.functional().name()).put("dysfunctional", a.dysfunctional().name())))));
        return node;
    }

    private static KanoSurvey readKano(JsonNode node) {
        return new KanoSurvey(
                list(node, "needs", n -> new KanoNeed(text(n, "id"), text(n, "name"), text(n, "functionalQuestion"),
                        text(n, "dysfunctionalQuestion"), strings(n, "touchpointIds"))),
                list(node, "responses", r -> new KanoResponse(text(r, "id"), text(r, "respondent"),
                        list(r, "answers", a -> new KanoPair(text(a, "needId"), constant(a, "functional", KanoAnswer.class),
                                constant(a, "dysfunctional", KanoAnswer.class))))));
    }

    private static ObjectNode write(RatingSurvey r) {
        ObjectNode node = object().put("id", r.id()).put("kind", r.kind().name()).put("name", r.name())
                .put("touchpointId", r.touchpointId());
        node.set("counts", array(r.counts(), c -> object().put("value", c.value()).put("count", c.count())));
        return node;
    }

    private static RatingSurvey readRatingSurvey(JsonNode node) {
        return new RatingSurvey(text(node, "id"), constant(node, "kind", RatingKind.class), text(node, "name"),
                text(node, "touchpointId"),
                list(node, "counts", c -> new RatingCount(integer(c, "value", 0), integer(c, "count", 0))));
    }

    private static ObjectNode write(MomentOfTruth m) {
        ObjectNode node = object().put("id", m.id()).put("touchpointId", m.touchpointId()).put("rationale", m.rationale());
        node.set("confirmedOn", date(m.confirmedOn()));
        return node.put("coreNeed", m.coreNeed()).put("kanoNeedId", m.kanoNeedId())
                .put("experienceToday", m.experienceToday()).put("experienceWanted", m.experienceWanted())
                .put("serviceScript", m.serviceScript()).put("complaintScript", m.complaintScript());
    }

    private static MomentOfTruth readMoment(JsonNode node) {
        return new MomentOfTruth(text(node, "id"), text(node, "touchpointId"), text(node, "rationale"),
                date(node, "confirmedOn"), text(node, "coreNeed"), text(node, "kanoNeedId"), text(node, "experienceToday"),
                text(node, "experienceWanted"), text(node, "serviceScript"), text(node, "complaintScript"));
    }
}
