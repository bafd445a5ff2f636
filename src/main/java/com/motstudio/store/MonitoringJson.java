package com.motstudio.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.motstudio.model.Audit;
import com.motstudio.model.AuditOutcome;
import com.motstudio.model.AuditResult;
import com.motstudio.model.Feedback;
import com.motstudio.model.FeedbackChannel;
import com.motstudio.model.FeedbackScale;
import com.motstudio.model.FollowUp;
import com.motstudio.model.FollowUpStatus;
import com.motstudio.model.ItemCompliance;
import com.motstudio.model.KpiSnapshot;
import com.motstudio.model.Measurement;
import com.motstudio.model.Monitoring;
import com.motstudio.model.ReviewRound;
import com.motstudio.model.ScoreSnapshot;

import java.time.LocalDate;

import static com.motstudio.store.JsonTree.*;

/** Maps step 4 (measurements, audits, feedback, review rounds) to and from the file's JSON. */
final class MonitoringJson {
    private MonitoringJson() {}

    static ObjectNode write(Monitoring m) {
        ObjectNode node = object();
        node.set("measurements", array(m.measurements(), x -> object().put("id", x.id()).put("kpiId", x.kpiId())
                .<ObjectNode>set("date", date(x.date())).<ObjectNode>set("value", number(x.value())).put("note", x.note())));
        node.set("audits", array(m.audits(), a -> object().put("id", a.id()).<ObjectNode>set("date", date(a.date()))
                .put("auditor", a.auditor()).put("location", a.location()).put("counter", a.counter())
                .<ObjectNode>set("momentIds", strings(a.momentIds()))
                .<ObjectNode>set("results", array(a.results(), r -> object().put("itemId", r.itemId())
                        .put("outcome", r.outcome().name()).put("note", r.note())))));
        node.set("feedback", array(m.feedback(), MonitoringJson::write));
        node.put("followUpWorkingDays", m.followUpWorkingDays());
        node.set("rounds", array(m.rounds(), MonitoringJson::write));
        // written only when set, so files (and templates) without a calendar print as before
        if (!m.holidays().isEmpty()) {
            node.set("holidays", array(m.holidays(), JsonTree::date));
        }
        if (!m.makeUpWorkdays().isEmpty()) {
            node.set("makeUpWorkdays", array(m.makeUpWorkdays(), JsonTree::date));
        }
        return node;
    }

    static Monitoring read(JsonNode node) {
        return new Monitoring(
                list(node, "measurements", x -> new Measurement(text(x, "id"), text(x, "kpiId"), date(x, "date"),
                        decimal(x, "value"), text(x, "note"))),
                list(node, "audits", a -> new Audit(text(a, "id"), date(a, "date"), text(a, "auditor"), text(a, "location"),
                        text(a, "counter"), list(a, "results", r -> new AuditResult(text(r, "itemId"),
                                constant(r, "outcome", AuditOutcome.class), text(r, "note"))), strings(a, "momentIds"))),
                list(node, "feedback", MonitoringJson::readFeedback),
                integer(node, "followUpWorkingDays", Monitoring.DEFAULT_FOLLOW_UP_WORKING_DAYS),
                list(node, "rounds", MonitoringJson::readRound),
                list(node, "holidays", d -> LocalDate.parse(d.asText())),
                list(node, "makeUpWorkdays", d -> LocalDate.parse(d.asText())));
    }

    private static ObjectNode write(Feedback f) {
        ObjectNode node = object().put("id", f.id()).<ObjectNode>set("date", date(f.date()));
        node.set("channel", name(f.channel()));
        node.put("touchpointId", f.touchpointId()).put("momentId", f.momentId());
        node.set("scale", name(f.scale()));
        node.set("rating", integer(f.rating()));
        node.put("text", f.text()).put("handler", f.handler());
        FollowUp u = f.followUp();
        if (u == null) {
            node.putNull("followUp");
        } else {
            ObjectNode followUp = object().<ObjectNode>set("deadline", date(u.deadline()));
            followUp.put("rectification", u.rectification()).<ObjectNode>set("fixRating", integer(u.fixRating()));
            followUp.put("status", u.status().name()).<ObjectNode>set("closedOn", date(u.closedOn()));
            node.set("followUp", followUp);
        }
        return node;
    }

    private static Feedback readFeedback(JsonNode node) {
        JsonNode u = node.get("followUp");
        FollowUp followUp = u == null || u.isNull() ? null : new FollowUp(date(u, "deadline"), text(u, "rectification"),
                integer(u, "fixRating"), constant(u, "status", FollowUpStatus.class), date(u, "closedOn"));
        return new Feedback(text(node, "id"), date(node, "date"), constant(node, "channel", FeedbackChannel.class),
                text(node, "touchpointId"), text(node, "momentId"), constant(node, "scale", FeedbackScale.class),
                integer(node, "rating"), text(node, "text"), text(node, "handler"), followUp);
    }

    private static ObjectNode write(ReviewRound r) {
        ObjectNode node = object().put("id", r.id()).put("name", r.name()).<ObjectNode>set("closedOn", date(r.closedOn()));
        node.put("notes", r.notes());
        node.set("scores", array(r.scores(), s -> object().put("touchpointId", s.touchpointId()).set("score", number(s.score()))));
        node.set("kpis", array(r.kpis(), s -> object().put("kpiId", s.kpiId()).<ObjectNode>set("value", number(s.value()))));
        node.set("compliancePercent", number(r.compliancePercent()));
        node.put("feedbackCount", r.feedbackCount()).put("badReviewCount", r.badReviewCount());
        node.set("items", array(r.items(), i -> object().put("itemId", i.itemId()).put("pass", i.pass())
                .put("fail", i.fail()).put("notApplicable", i.notApplicable())));
        return node.set("overdueFollowUps", integer(r.overdueFollowUps()));
    }

    private static ReviewRound readRound(JsonNode node) {
        return new ReviewRound(text(node, "id"), text(node, "name"), date(node, "closedOn"), text(node, "notes"),
                list(node, "scores", s -> new ScoreSnapshot(text(s, "touchpointId"), decimal(s, "score"))),
                list(node, "kpis", s -> new KpiSnapshot(text(s, "kpiId"), number(s, "value"))),
                number(node, "compliancePercent"), integer(node, "feedbackCount", 0), integer(node, "badReviewCount", 0),
                list(node, "items", i -> new ItemCompliance(text(i, "itemId"), integer(i, "pass", 0), integer(i, "fail", 0),
                        integer(i, "notApplicable", 0))),
                integer(node, "overdueFollowUps"));
    }
}
