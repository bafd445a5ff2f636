package com.motstudio.ui.room;

import com.motstudio.edit.PendingChange;
import com.motstudio.model.DotVote;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.KanoSurvey;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.ServqualSurvey;
import com.motstudio.model.Participant;
import com.motstudio.model.Touchpoint;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;
import com.motstudio.room.RoomRecords;
import com.motstudio.text.Texts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One activity's room answers as a {@link PendingChange} for the shared preview: emotions set on the
 * touchpoints, trait ratings and dots replacing what the same raters gave before, KANO and SERVQUAL
 * responses added. In anonymous mode trait ratings are recorded per table group and no names are
 * added to the workshop's participants (dots still need a participant each, named by their group).
 */
final class RoomResults {
    private RoomResults() {}

    static PendingChange of(Workshop workshop, RoomRecords records, boolean anonymous, Texts texts) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        UnaryOperator<Workshop> change = switch (records.activity().kind()) {
            case EMOTION -> emotions(workshop, records, changed, texts);
            case TRAITS -> traits(records, anonymous, added, texts);
            case DOTS -> dots(workshop, records, anonymous, added, texts);
            case KANO -> {
                var responses = records.kanoResponses();
                added.add(texts.format("room.apply.kano", responses.size()));
                yield w -> w.withKeyMoments(w.keyMoments().withKano(new KanoSurvey(w.keyMoments().kano().needs(), concat(w.keyMoments().kano().responses(), responses))));
            }
            case SERVQUAL -> {
                var responses = records.servqualResponses();
                added.add(texts.format("room.apply.servqual", responses.size()));
                yield w -> w.withKeyMoments(w.keyMoments().withServqual(servqual(w.keyMoments().servqual(), responses)));
            }
            case POLL -> null;
        };
        if (added.isEmpty() && changed.isEmpty()) {
            change = null;
        }
        String summary = change == null ? texts.get("room.apply.nothing")
                : texts.format("room.apply.summary", records.participants().size());
        return new PendingChange(summary, List.of(
                PendingChange.Section.of(PendingChange.Kind.ADDED, "added", texts.get("room.apply.added"), added),
                PendingChange.Section.of(PendingChange.Kind.CHANGED, "changed", texts.get("room.apply.changed"), changed)),
                "room.apply.undo", change);
    }

    private static UnaryOperator<Workshop> emotions(Workshop workshop, RoomRecords records, List<String> changed, Texts texts) {
        String type = records.activity().customerTypeId();
        Map<String, Integer> emotions = records.emotions();
        emotions.forEach((id, score) -> workshop.journey().touchpoint(id).ifPresent(t -> {
            String before = t.emotions().stream().filter(e -> e.customerTypeId().equals(type))
                    .map(e -> String.valueOf(e.score())).findFirst().orElse("–");
            changed.add(texts.format("room.apply.emotion", t.name(), before, score));
        }));
        return w -> {
            var journey = w.journey();
            for (var e : emotions.entrySet()) {
                journey = journey.withTouchpointChanged(e.getKey(), t -> withEmotion(t, type, e.getValue()));
            }
            return w.withJourney(journey);
        };
    }

    private static Touchpoint withEmotion(Touchpoint t, String type, int score) {
        List<EmotionScore> next = new ArrayList<>(t.emotions().stream().filter(e -> !e.customerTypeId().equals(type)).toList());
        next.add(new EmotionScore(type, score));
        return new Touchpoint(t.id(), t.name(), t.description(), t.channel(), t.phase(), t.category(), t.roles(),
                t.ownerDepartment(), t.customerAction(), next, t.painPoints(), t.opportunities(), t.evidence());
    }

    private static UnaryOperator<Workshop> traits(RoomRecords records, boolean anonymous, List<String> added, Texts texts) {
        List<TraitRating> ratings = anonymous ? records.traitRatingsByGroup() : records.traitRatings();
        List<Participant> people = anonymous ? List.of() : records.participants();
        Set<String> raters = new HashSet<>();
        ratings.forEach(r -> raters.add(r.raterId()));
        added.add(texts.format(anonymous ? "room.apply.traitsByGroup" : "room.apply.traits", ratings.size(), raters.size()));
        return w -> withPeople(w, people).withKeyMoments(w.keyMoments().withRatings(concat(
                w.keyMoments().ratings().stream().filter(r -> !raters.contains(r.raterId())).toList(), ratings)));
    }

    private static UnaryOperator<Workshop> dots(Workshop workshop, RoomRecords records, boolean anonymous, List<String> added, Texts texts) {
        List<DotVote> votes = records.dotVotes();
        List<Participant> people = records.participants().stream()
                .map(p -> anonymous ? new Participant(p.id(), texts.format("room.apply.anonymousName", groupName(workshop, p.groupId())), p.groupId(), "") : p)
                .toList();
        Set<String> voters = new HashSet<>();
        votes.forEach(v -> voters.add(v.participantId()));
        added.add(texts.format("room.apply.dots", votes.stream().mapToInt(DotVote::count).sum(), voters.size()));
        return w -> {
            KeyMoments k = w.keyMoments();
            return withPeople(w, people).withKeyMoments(k.withVotes(k.votesPerParticipant(), concat(
                    k.votes().stream().filter(v -> !voters.contains(v.participantId())).toList(), votes)));
        };
    }

    /** The room's people added to the workshop's participants, once each (a later apply keeps the first). */
    private static Workshop withPeople(Workshop w, List<Participant> people) {
        Set<String> known = new HashSet<>();
        w.info().participants().forEach(p -> known.add(p.id()));
        List<Participant> next = new ArrayList<>(w.info().participants());
        people.stream().filter(p -> known.add(p.id())).forEach(next::add);
        return w.withInfo(w.info().withParticipants(next));
    }

    /** A table group's name, or its id when the workshop no longer has it. */
    static String groupName(Workshop workshop, String groupId) {
        return workshop.info().groups().stream().filter(g -> g.id().equals(groupId)).map(g -> g.name()).findFirst().orElse(groupId);
    }

    private static ServqualSurvey servqual(ServqualSurvey s, List<ServqualResponse> responses) {
        return new ServqualSurvey(s.scaleMin(), s.scaleMax(), s.items(), concat(s.responses(), responses));
    }

    private static <T> List<T> concat(List<T> a, List<? extends T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
