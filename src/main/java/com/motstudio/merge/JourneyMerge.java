package com.motstudio.merge;

import com.motstudio.model.EmotionScore;
import com.motstudio.model.Journey;
import com.motstudio.model.Stage;
import com.motstudio.model.Touchpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stages and touchpoints: a touchpoint is matched by id anywhere in the journey, else by name within
 * the matching stage (a stage matches by id, then by name); an unmatched one is added at the end of
 * its stage, and a stage with no match is added at the end of the journey. For a matched touchpoint
 * the facilitator's name and place are kept; its missing emotions and pain points are filled in
 * from the file, and a different emotion keeps the facilitator's value.
 */
final class JourneyMerge {
    private JourneyMerge() {}

    static void run(FileMerge m) {
        for (Stage stage : m.group().journey().stages()) {
            Optional<Stage> match = FileMerge.byIdThenName(m.workshop().journey().stages(), Stage::id, Stage::name, stage.id(), stage.name());
            match.ifPresent(s -> m.map("stage", stage.id(), s.id()));
            for (Touchpoint tp : stage.touchpoints()) {
                touchpoint(m, stage, tp);
            }
        }
    }

    private static void touchpoint(FileMerge m, Stage theirStage, Touchpoint tp) {
        Journey journey = m.workshop().journey();
        Optional<Touchpoint> byId = journey.touchpoint(tp.id());
        if (byId.isPresent()) {
            Touchpoint ours = byId.get();
            if (!ours.name().strip().equals(tp.name().strip())) {
                m.conflict("touchpointName", MergeFinding.Settled.FACILITATOR_KEPT, ours.name(), tp.name());
            }
            String ourStage = journey.stageOf(ours.id()).orElseThrow().id();
            if (m.mapped("stage", theirStage.id()).filter(s -> !s.equals(ourStage)).isPresent()) {
                m.conflict("touchpointStage", MergeFinding.Settled.FACILITATOR_KEPT, ours.name(),
                        journey.stage(ourStage).orElseThrow().name(), theirStage.name());
            }
            m.map("touchpoint", tp.id(), ours.id());
            fillIn(m, ours, tp);
            return;
        }
        Optional<Touchpoint> byName = m.mapped("stage", theirStage.id()).flatMap(journey::stage)
                .flatMap(s -> s.touchpoints().stream().filter(t -> FileMerge.sameName(t.name(), tp.name())).findFirst());
        if (byName.isPresent()) {
            m.map("touchpoint", tp.id(), byName.get().id());
            fillIn(m, byName.get(), tp);
            return;
        }
        add(m, theirStage, tp);
    }

    private static void add(FileMerge m, Stage theirStage, Touchpoint tp) {
        String stageId = m.mapped("stage", theirStage.id()).orElseGet(() -> {
            Journey journey = m.workshop().journey();
            String id = FileMerge.freeId(theirStage.id(), journey.stages().stream().map(Stage::id).toList(), "st");
            m.set(m.workshop().withJourney(journey.withStageAt(journey.stages().size(),
                    new Stage(id, theirStage.name(), theirStage.description(), List.of()))));
            m.map("stage", theirStage.id(), id);
            m.added("stage", theirStage.name());
            return id;
        });
        Journey journey = m.workshop().journey();
        String id = FileMerge.freeId(tp.id(), journey.touchpoints().stream().map(Touchpoint::id).toList(), "tp");
        List<EmotionScore> emotions = new ArrayList<>();
        for (EmotionScore e : tp.emotions()) {
            m.mapped("customerType", e.customerTypeId()).ifPresent(ct -> emotions.add(new EmotionScore(ct, e.score())));
        }
        Touchpoint added = new Touchpoint(id, tp.name(), tp.description(), tp.channel(), tp.phase(), tp.category(), tp.roles(),
                tp.ownerDepartment(), tp.customerAction(), emotions, tp.painPoints(), tp.opportunities(), tp.evidence());
        int end = journey.stage(stageId).orElseThrow().touchpoints().size();
        m.set(m.workshop().withJourney(journey.withTouchpointAt(stageId, end, added)));
        m.map("touchpoint", tp.id(), id);
        m.added("touchpoint", tp.name(), journey.stage(stageId).orElseThrow().name());
    }

    /** The file's emotions the facilitator has not set, and its pain points the facilitator has not written, added to ours. */
    private static void fillIn(FileMerge m, Touchpoint ours, Touchpoint theirs) {
        Touchpoint next = ours;
        for (EmotionScore e : theirs.emotions()) {
            Optional<String> type = m.mapped("customerType", e.customerTypeId());
            if (type.isEmpty()) {
                continue;
            }
            Optional<Integer> mine = next.emotionOf(type.get());
            if (mine.isEmpty()) {
                next = next.withEmotion(type.get(), e.score());
                m.added("emotion", ours.name(), typeName(m, type.get()), Integer.toString(e.score()));
            } else if (mine.get() != e.score()) {
                m.conflict("emotion", MergeFinding.Settled.FACILITATOR_KEPT, ours.name(), typeName(m, type.get()),
                        mine.get().toString(), Integer.toString(e.score()));
            }
        }
        List<String> pains = new ArrayList<>(next.painPoints());
        for (String pain : theirs.painPoints()) {
            if (pains.stream().noneMatch(p -> p.strip().equals(pain.strip()))) {
                pains.add(pain);
                m.added("painPoint", ours.name(), pain);
            }
        }
        next = next.withPainPoints(pains);
        if (!next.equals(ours)) {
            Touchpoint changed = next;
            m.set(m.workshop().withJourney(m.workshop().journey().withTouchpointChanged(ours.id(), t -> changed)));
        }
    }

    private static String typeName(FileMerge m, String typeId) {
        return m.workshop().customerTypes().stream().filter(c -> c.id().equals(typeId)).map(c -> c.name()).findFirst().orElse(typeId);
    }
}
