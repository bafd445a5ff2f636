package com.motstudio.room;

import com.motstudio.model.DotVote;
import com.motstudio.model.EmotionScore;
import com.motstudio.model.Ids;
import com.motstudio.model.KanoAnswer;
import com.motstudio.model.KanoPair;
import com.motstudio.model.KanoResponse;
import com.motstudio.model.Participant;
import com.motstudio.model.ServqualAnswer;
import com.motstudio.model.ServqualResponse;
import com.motstudio.model.Trait;
import com.motstudio.model.TraitRating;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One activity's answers as the workshop's own records, for "Apply to workshop": participants,
 * emotions, trait ratings (per participant or per table group), dot votes, KANO and SERVQUAL
 * responses. A participant is the rater or respondent under their room id; a KANO or SERVQUAL
 * response is named after the participant (or their group when anonymous).
 */
public final class RoomRecords {
    private final Activity activity;
    private final List<Submission> submissions;
    private final Map<String, RoomParticipant> participants = new LinkedHashMap<>();

    public RoomRecords(RoomSnapshot snapshot, String activityId) {
        this.activity = snapshot.activities().stream().filter(a -> a.id().equals(activityId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no activity " + activityId));
        this.submissions = snapshot.submissions().stream().filter(s -> s.activityId().equals(activityId)).toList();
        snapshot.participants().forEach(p -> participants.put(p.id(), p));
    }

    RoomRecords(Activity activity, List<Submission> submissions, List<RoomParticipant> people) {
        this.activity = activity;
        this.submissions = List.copyOf(submissions);
        people.forEach(p -> participants.put(p.id(), p));
    }

    public Activity activity() {
        return activity;
    }

    /** The participants who answered, as the workshop's participants (role left empty). */
    public List<Participant> participants() {
        return submissions.stream().map(s -> participants.get(s.participantId())).filter(p -> p != null)
                .map(p -> new Participant(p.id(), p.name(), p.groupId(), "")).toList();
    }

    /** Each touchpoint's emotion for the activity's customer type: the mean of the answers, rounded; unanswered ones left out. */
    public Map<String, Integer> emotions() {
        Map<String, List<Integer>> given = new LinkedHashMap<>();
        activity.items().forEach(i -> given.put(i.id(), new ArrayList<>()));
        submissions.forEach(s -> s.cells().forEach(c -> given.get(c.item()).add(c.value())));
        Map<String, Integer> emotions = new LinkedHashMap<>();
        given.forEach((touchpoint, values) -> {
            if (!values.isEmpty()) {
                double mean = values.stream().mapToInt(Integer::intValue).average().orElseThrow();
                emotions.put(touchpoint, Math.clamp(Math.round(mean), EmotionScore.MIN, EmotionScore.MAX));
            }
        });
        return emotions;
    }

    /** Every participant's trait ratings, each participant a rater. */
    public List<TraitRating> traitRatings() {
        List<TraitRating> ratings = new ArrayList<>();
        submissions.forEach(s -> s.cells().forEach(c ->
                ratings.add(new TraitRating(s.participantId(), c.item(), Trait.valueOf(c.part()), c.value()))));
        return ratings;
    }

    /** Trait ratings per table group: each group one rater, its members' ratings averaged and rounded; members without a group left out. */
    public List<TraitRating> traitRatingsByGroup() {
        Map<String, List<Integer>> byCell = new LinkedHashMap<>();
        for (Submission s : submissions) {
            RoomParticipant who = participants.get(s.participantId());
            if (who == null || who.groupId().isEmpty()) {
                continue;
            }
            s.cells().forEach(c -> byCell.computeIfAbsent(who.groupId() + "\n" + c.item() + "\n" + c.part(), k -> new ArrayList<>())
                    .add(c.value()));
        }
        List<TraitRating> ratings = new ArrayList<>();
        byCell.forEach((cell, values) -> {
            String[] parts = cell.split("\n");
            long mean = Math.round(values.stream().mapToInt(Integer::intValue).average().orElseThrow());
            ratings.add(new TraitRating(parts[0], parts[1], Trait.valueOf(parts[2]), (int) mean));
        });
        return ratings;
    }

    /** Every participant's dots. */
    public List<DotVote> dotVotes() {
        List<DotVote> votes = new ArrayList<>();
        submissions.forEach(s -> s.cells().forEach(c -> votes.add(new DotVote(s.participantId(), c.item(), c.value()))));
        return votes;
    }

    /** One KANO response per participant who answered. */
    public List<KanoResponse> kanoResponses() {
        List<KanoResponse> responses = new ArrayList<>();
        for (Submission s : submissions) {
            Map<String, KanoAnswer[]> pairs = new LinkedHashMap<>();
            for (AnswerCell c : s.cells()) {
                int side = c.part().equals(ActivityKind.Parts.FUNCTIONAL) ? 0 : 1;
                pairs.computeIfAbsent(c.item(), k -> new KanoAnswer[2])[side] = KanoAnswer.values()[c.value()];
            }
            List<KanoPair> answers = new ArrayList<>();
            pairs.forEach((need, pair) -> answers.add(new KanoPair(need, pair[0], pair[1])));
            responses.add(new KanoResponse(Ids.next("kr"), respondent(s), answers));
        }
        return responses;
    }

    /** One SERVQUAL response per participant who answered (no dimension weights). */
    public List<ServqualResponse> servqualResponses() {
        List<ServqualResponse> responses = new ArrayList<>();
        for (Submission s : submissions) {
            Map<String, Integer[]> sides = new LinkedHashMap<>();
            for (AnswerCell c : s.cells()) {
                int side = c.part().equals(ActivityKind.Parts.EXPECTATION) ? 0 : 1;
                sides.computeIfAbsent(c.item(), k -> new Integer[2])[side] = c.value();
            }
            List<ServqualAnswer> answers = new ArrayList<>();
            sides.forEach((item, pair) -> answers.add(new ServqualAnswer(item, pair[0], pair[1])));
            responses.add(new ServqualResponse(Ids.next("sr"), respondent(s), answers, List.of()));
        }
        return responses;
    }

    /** A poll's agree and disagree counts per touchpoint, in the activity's order. */
    public Map<String, PollCount> poll() {
        Map<String, PollCount> counts = new LinkedHashMap<>();
        activity.items().forEach(i -> counts.put(i.id(), new PollCount(0, 0)));
        submissions.forEach(s -> s.cells().forEach(c -> counts.computeIfPresent(c.item(), (k, n) ->
                c.value() == 1 ? new PollCount(n.agree() + 1, n.disagree()) : new PollCount(n.agree(), n.disagree() + 1))));
        return counts;
    }

    /** How many agreed and disagreed that a touchpoint is a moment of truth. */
    public record PollCount(int agree, int disagree) {}

    private String respondent(Submission s) {
        RoomParticipant who = participants.get(s.participantId());
        if (who == null) {
            return s.participantId();
        }
        return who.name().isEmpty() ? who.groupId() : who.name();
    }
}
