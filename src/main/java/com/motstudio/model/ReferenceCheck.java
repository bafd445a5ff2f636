package com.motstudio.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Checks that every id in a workshop is unique within its kind and that every reference points at
 * something that exists. Loading refuses a workshop with problems, naming each one.
 */
public final class ReferenceCheck {
    private final List<ReferenceProblem> problems = new ArrayList<>();

    /** A field path built only when a problem needs it: checking 10,000 touchpoints makes no strings. */
    private record At(At parent, String field, int index) {
        static At root(String field) {
            return new At(null, field, -1);
        }

        At item(int i) {
            return new At(this, null, i);
        }

        At field(String name) {
            return new At(this, name, -1);
        }

        @Override
        public String toString() {
            String prefix = parent == null ? "" : parent.toString();
            if (field == null) {
                return prefix + "[" + index + "]";
            }
            return prefix.isEmpty() ? field : prefix + "." + field;
        }
    }

    private ReferenceCheck() {}

    public static List<ReferenceProblem> of(Workshop w) {
        ReferenceCheck check = new ReferenceCheck();
        check.run(w);
        return List.copyOf(check.problems);
    }

    private void run(Workshop w) {
        Set<String> customerTypes = ids("customerTypes", w.customerTypes(), CustomerType::id);
        ids("tiers", w.tiers(), CustomerTier::id);
        Set<String> groups = ids("info.groups", w.info().groups(), ParticipantGroup::id);
        Set<String> participants = ids("info.participants", w.info().participants(), Participant::id);
        for (int i = 0; i < w.info().participants().size(); i++) {
            String group = w.info().participants().get(i).groupId();
            if (!group.isEmpty()) {
                ref(At.root("info").field("participants").item(i).field("groupId"), group, groups, "group");
            }
        }
        ids("journey.stages", w.journey().stages(), Stage::id);
        Set<String> touchpoints = ids("journey.touchpoints", w.journey().touchpoints(), Touchpoint::id);
        List<Stage> stages = w.journey().stages();
        for (int s = 0; s < stages.size(); s++) {
            List<Touchpoint> tps = stages.get(s).touchpoints();
            for (int t = 0; t < tps.size(); t++) {
                List<EmotionScore> emotions = tps.get(t).emotions();
                for (int e = 0; e < emotions.size(); e++) {
                    ref(At.root("journey").field("stages").item(s).field("touchpoints").item(t).field("emotions").item(e)
                            .field("customerTypeId"), emotions.get(e).customerTypeId(), customerTypes, "customerType");
                }
            }
        }
        Set<String> moments = keyMoments(w.keyMoments(), touchpoints, participants, groups);
        plan(w.plan(), moments);
        monitoring(w, touchpoints, moments);
    }

    private Set<String> keyMoments(KeyMoments k, Set<String> touchpoints, Set<String> participants, Set<String> groups) {
        Set<String> raters = new HashSet<>(participants);
        raters.addAll(groups);
        each("keyMoments.ratings", k.ratings(), (p, r) -> {
            ref(p.field("raterId"), r.raterId(), raters, "rater");
            ref(p.field("touchpointId"), r.touchpointId(), touchpoints, "touchpoint");
        });
        each("keyMoments.votes", k.votes(), (p, v) -> {
            ref(p.field("participantId"), v.participantId(), participants, "participant");
            ref(p.field("touchpointId"), v.touchpointId(), touchpoints, "touchpoint");
        });
        Set<String> items = ids("keyMoments.servqual.items", k.servqual().items(), ServqualItem::id);
        each("keyMoments.servqual.items", k.servqual().items(),
                (p, item) -> refs(p.field("touchpointIds"), item.touchpointIds(), touchpoints, "touchpoint"));
        ids("keyMoments.servqual.responses", k.servqual().responses(), ServqualResponse::id);
        each("keyMoments.servqual.responses", k.servqual().responses(), (p, r) ->
                each(p.field("answers"), r.answers(), (q, a) -> ref(q.field("itemId"), a.itemId(), items, "servqualItem")));
        Set<String> needs = ids("keyMoments.kano.needs", k.kano().needs(), KanoNeed::id);
        each("keyMoments.kano.needs", k.kano().needs(),
                (p, n) -> refs(p.field("touchpointIds"), n.touchpointIds(), touchpoints, "touchpoint"));
        ids("keyMoments.kano.responses", k.kano().responses(), KanoResponse::id);
        each("keyMoments.kano.responses", k.kano().responses(), (p, r) ->
                each(p.field("answers"), r.answers(), (q, a) -> ref(q.field("needId"), a.needId(), needs, "kanoNeed")));
        ids("keyMoments.ratingSurveys", k.ratingSurveys(), RatingSurvey::id);
        each("keyMoments.ratingSurveys", k.ratingSurveys(), (p, r) -> {
            if (!r.touchpointId().isEmpty()) {
                ref(p.field("touchpointId"), r.touchpointId(), touchpoints, "touchpoint");
            }
        });
        each("keyMoments.ipa", k.ipa(), (p, s) -> ref(p.field("touchpointId"), s.touchpointId(), touchpoints, "touchpoint"));
        Set<String> moments = ids("keyMoments.moments", k.moments(), MomentOfTruth::id);
        each("keyMoments.moments", k.moments(), (p, m) -> {
            ref(p.field("touchpointId"), m.touchpointId(), touchpoints, "touchpoint");
            if (!m.kanoNeedId().isEmpty()) {
                ref(p.field("kanoNeedId"), m.kanoNeedId(), needs, "kanoNeed");
            }
        });
        each("keyMoments.rejections", k.rejections(), (p, r) -> ref(p.field("touchpointId"), r.touchpointId(), touchpoints, "touchpoint"));
        return moments;
    }

    private void plan(Plan plan, Set<String> moments) {
        ids("plan.standards", plan.standards(), ServiceStandard::id);
        ids("plan.checklistItems", plan.standards().stream().flatMap(s -> s.items().stream()).toList(), ChecklistItem::id);
        each("plan.standards", plan.standards(), (p, s) -> ref(p.field("momentId"), s.momentId(), moments, "moment"));
        Set<String> kpis = ids("plan.kpis", plan.kpis(), Kpi::id);
        ids("plan.actions", plan.actions(), ImprovementAction::id);
        each("plan.actions", plan.actions(), (p, a) -> {
            refs(p.field("momentIds"), a.momentIds(), moments, "moment");
            refs(p.field("kpiIds"), a.kpiIds(), kpis, "kpi");
        });
        each("plan.kpis", plan.kpis(), (p, kpi) -> refs(p.field("momentIds"), kpi.momentIds(), moments, "moment"));
    }

    private void monitoring(Workshop w, Set<String> touchpoints, Set<String> moments) {
        Monitoring m = w.monitoring();
        Set<String> kpis = new HashSet<>();
        w.plan().kpis().forEach(k -> kpis.add(k.id()));
        Set<String> items = new HashSet<>();
        w.plan().standards().forEach(s -> s.items().forEach(i -> items.add(i.id())));
        ids("monitoring.measurements", m.measurements(), Measurement::id);
        each("monitoring.measurements", m.measurements(), (p, x) -> ref(p.field("kpiId"), x.kpiId(), kpis, "kpi"));
        ids("monitoring.audits", m.audits(), Audit::id);
        each("monitoring.audits", m.audits(), (p, a) -> {
            refs(p.field("momentIds"), a.momentIds(), moments, "moment");
            each(p.field("results"), a.results(), (q, r) -> ref(q.field("itemId"), r.itemId(), items, "checklistItem"));
        });
        ids("monitoring.feedback", m.feedback(), Feedback::id);
        each("monitoring.feedback", m.feedback(), (p, f) -> {
            if (!f.touchpointId().isEmpty()) {
                ref(p.field("touchpointId"), f.touchpointId(), touchpoints, "touchpoint");
            }
            if (!f.momentId().isEmpty()) {
                ref(p.field("momentId"), f.momentId(), moments, "moment");
            }
        });
        ids("monitoring.rounds", m.rounds(), ReviewRound::id);
        each("monitoring.rounds", m.rounds(), (p, r) -> {
            each(p.field("scores"), r.scores(), (q, s) -> ref(q.field("touchpointId"), s.touchpointId(), touchpoints, "touchpoint"));
            each(p.field("kpis"), r.kpis(), (q, s) -> ref(q.field("kpiId"), s.kpiId(), kpis, "kpi"));
        });
    }

    private <T> Set<String> ids(String path, List<T> things, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T thing : things) {
            String value = id.apply(thing);
            if (value == null || value.isEmpty() || !seen.add(value)) {
                problems.add(new ReferenceProblem(ReferenceProblem.Kind.DUPLICATE_ID, path, String.valueOf(value), ""));
            }
        }
        return seen;
    }

    private void ref(At path, String id, Set<String> known, String target) {
        if (id == null || !known.contains(id)) {
            problems.add(new ReferenceProblem(ReferenceProblem.Kind.DANGLING, path.toString(), String.valueOf(id), target));
        }
    }

    private void refs(At path, List<String> ids, Set<String> known, String target) {
        for (int i = 0; i < ids.size(); i++) {
            ref(path.item(i), ids.get(i), known, target);
        }
    }

    private static <T> void each(String path, List<T> things, BiConsumer<At, T> visit) {
        each(at(path), things, visit);
    }

    private static <T> void each(At path, List<T> things, BiConsumer<At, T> visit) {
        for (int i = 0; i < things.size(); i++) {
            visit.accept(path.item(i), things.get(i));
        }
    }

    private static At at(String dotted) {
        At at = null;
        for (String part : dotted.split("\\.")) {
            at = at == null ? At.root(part) : at.field(part);
        }
        return at;
    }
}
