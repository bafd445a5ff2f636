package com.motstudio.merge;

import com.motstudio.model.DotVote;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Participant;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trait ratings and dot votes, with their raters and touchpoints mapped onto the merged workshop.
 * One the facilitator lacks is added; the same value changes nothing; a different value is a
 * conflict the file settles for its own group's people and the facilitator settles otherwise.
 */
final class VoteMerge {
    private VoteMerge() {}

    static void run(FileMerge m) {
        ratings(m);
        votes(m);
    }

    private static void ratings(FileMerge m) {
        List<TraitRating> all = new ArrayList<>(m.workshop().keyMoments().ratings());
        java.util.Map<String, Integer> index = index(all, x -> key(x.raterId(), x.touchpointId(), x.trait().name()));
        for (TraitRating r : m.group().keyMoments().ratings()) {
            Optional<String> rater = m.mapped("participant", r.raterId()).or(() -> m.mapped("group", r.raterId()));
            Optional<String> tp = m.mapped("touchpoint", r.touchpointId());
            if (rater.isEmpty() || tp.isEmpty()) {
                continue; // cannot happen for a file that passed the checks of File ▸ Open
            }
            int at = index.getOrDefault(key(rater.get(), tp.get(), r.trait().name()), -1);
            String[] names = {raterName(m.workshop(), rater.get()), touchpointName(m.workshop(), tp.get()), r.trait().name()};
            if (at < 0) {
                index.put(key(rater.get(), tp.get(), r.trait().name()), all.size());
                all.add(new TraitRating(rater.get(), tp.get(), r.trait(), r.value()));
                m.added("rating", names);
            } else if (all.get(at).value() != r.value()) {
                boolean theirs = m.isOwn(rater.get());
                m.conflict("rating", theirs ? MergeFinding.Settled.GROUP_TAKEN : MergeFinding.Settled.FACILITATOR_KEPT,
                        names[0], names[1], names[2], Integer.toString(all.get(at).value()), Integer.toString(r.value()));
                if (theirs) {
                    all.set(at, new TraitRating(rater.get(), tp.get(), r.trait(), r.value()));
                }
            }
        }
        KeyMoments k = m.workshop().keyMoments();
        m.set(m.workshop().withKeyMoments(k.withRatings(all)));
    }

    private static void votes(FileMerge m) {
        List<DotVote> all = new ArrayList<>(m.workshop().keyMoments().votes());
        java.util.Map<String, Integer> index = index(all, x -> key(x.participantId(), x.touchpointId(), ""));
        for (DotVote v : m.group().keyMoments().votes()) {
            Optional<String> person = m.mapped("participant", v.participantId());
            Optional<String> tp = m.mapped("touchpoint", v.touchpointId());
            if (person.isEmpty() || tp.isEmpty()) {
                continue;
            }
            int at = index.getOrDefault(key(person.get(), tp.get(), ""), -1);
            String who = raterName(m.workshop(), person.get());
            String where = touchpointName(m.workshop(), tp.get());
            if (at < 0) {
                index.put(key(person.get(), tp.get(), ""), all.size());
                all.add(new DotVote(person.get(), tp.get(), v.count()));
                m.added("vote", who, where, Integer.toString(v.count()));
            } else if (all.get(at).count() != v.count()) {
                boolean theirs = m.isOwn(person.get());
                m.conflict("vote", theirs ? MergeFinding.Settled.GROUP_TAKEN : MergeFinding.Settled.FACILITATOR_KEPT,
                        who, where, Integer.toString(all.get(at).count()), Integer.toString(v.count()));
                if (theirs) {
                    all.set(at, new DotVote(person.get(), tp.get(), v.count()));
                }
            }
        }
        KeyMoments k = m.workshop().keyMoments();
        m.set(m.workshop().withKeyMoments(k.withVotes(k.votesPerParticipant(), all)));
    }

    /** Where each key first appears in {@code items}. */
    private static <T> java.util.Map<String, Integer> index(List<T> items, java.util.function.Function<T, String> key) {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            index.putIfAbsent(key.apply(items.get(i)), i);
        }
        return index;
    }

    private static String key(String who, String touchpoint, String trait) {
        return who + '\n' + touchpoint + '\n' + trait;
    }

    private static String raterName(Workshop w, String id) {
        return w.info().participants().stream().filter(p -> p.id().equals(id)).map(Participant::name).findFirst()
                .orElseGet(() -> PeopleMerge.groupName(w, id));
    }

    private static String touchpointName(Workshop w, String id) {
        return w.journey().touchpoint(id).map(t -> t.name()).orElse(id);
    }
}
