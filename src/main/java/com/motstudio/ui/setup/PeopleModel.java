package com.motstudio.ui.setup;

import com.motstudio.ui.common.PageEdits;
import com.motstudio.model.DotVote;
import com.motstudio.model.Ids;
import com.motstudio.model.KeyMoments;
import com.motstudio.model.Participant;
import com.motstudio.model.ParticipantGroup;
import com.motstudio.model.TraitRating;
import com.motstudio.model.Workshop;
import com.motstudio.model.WorkshopInfo;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.UnaryOperator;

/**
 * The groups and participants of the workshop as the setup page edits them. Participants and
 * groups rate touchpoints and participants vote in step 2, so removing one also removes their
 * ratings and votes (after {@code confirm} agrees) in the same undo step: the file never refers
 * to someone who is gone.
 */
public final class PeopleModel {
    private final PageEdits edits;
    private final ObservableList<ParticipantGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<Participant> participants = FXCollections.observableArrayList();

    PeopleModel(PageEdits edits) {
        this.edits = edits;
    }

    public ObservableList<ParticipantGroup> groups() {
        return FXCollections.unmodifiableObservableList(groups);
    }

    public ObservableList<Participant> participants() {
        return FXCollections.unmodifiableObservableList(participants);
    }

    public String addGroup(String name) {
        String id = Ids.next("grp");
        info("setup.change.addGroup", i -> i.withGroups(ListEdits.append(i.groups(), new ParticipantGroup(id, name.strip()))));
        return id;
    }

    public void renameGroup(String id, String name) {
        info("setup.change.group", i -> i.withGroups(ListEdits.update(i.groups(), ParticipantGroup::id, id,
                g -> new ParticipantGroup(g.id(), name.strip()))));
    }

    /** Removes a group; its members stay, without a group. Asks {@code confirm} when the group rated touchpoints. */
    public boolean removeGroup(String id, IntPredicate confirm) {
        int ratings = contributionsOf(id);
        if (ratings > 0 && !confirm.test(ratings)) {
            return false;
        }
        edits.apply("setup.change.removeGroup", w -> withoutContributionsOf(w, id).withInfo(w.info()
                .withGroups(ListEdits.remove(w.info().groups(), ParticipantGroup::id, id))
                .withParticipants(w.info().participants().stream()
                        .map(p -> p.groupId().equals(id) ? new Participant(p.id(), p.name(), "", p.role()) : p).toList())));
        return true;
    }

    public String addParticipant(String name, String groupId) {
        String id = Ids.next("ppl");
        info("setup.change.addParticipant", i -> i.withParticipants(ListEdits.append(i.participants(),
                new Participant(id, name.strip(), groupId, ""))));
        return id;
    }

    public void setParticipantName(String id, String name) {
        participant(id, p -> new Participant(p.id(), name.strip(), p.groupId(), p.role()));
    }

    /** Puts a participant into a group ("" for none); an unknown group is ignored. */
    public void setParticipantGroup(String id, String groupId) {
        boolean known = groupId.isEmpty() || ListEdits.contains(edits.current().info().groups(), ParticipantGroup::id, groupId);
        if (known) {
            participant(id, p -> new Participant(p.id(), p.name(), groupId, p.role()));
        }
    }

    public void setParticipantRole(String id, String role) {
        participant(id, p -> new Participant(p.id(), p.name(), p.groupId(), role.strip()));
    }

    /** Removes a participant; asks {@code confirm} first when they have ratings or votes, which go too. */
    public boolean removeParticipant(String id, IntPredicate confirm) {
        int given = contributionsOf(id);
        if (given > 0 && !confirm.test(given)) {
            return false;
        }
        edits.apply("setup.change.removeParticipant", w -> withoutContributionsOf(w, id).withInfo(
                w.info().withParticipants(ListEdits.remove(w.info().participants(), Participant::id, id))));
        return true;
    }

    /** How many trait ratings and dot votes a participant or group has given in step 2. */
    public int contributionsOf(String id) {
        KeyMoments k = edits.current().keyMoments();
        return (int) (k.ratings().stream().filter(r -> r.raterId().equals(id)).count()
                + k.votes().stream().filter(v -> v.participantId().equals(id)).count());
    }

    void refresh(WorkshopInfo info) {
        if (!groups.equals(info.groups())) {
            groups.setAll(info.groups());
        }
        if (!participants.equals(info.participants())) {
            participants.setAll(info.participants());
        }
    }

    private void participant(String id, UnaryOperator<Participant> change) {
        info("setup.change.participant", i -> i.withParticipants(ListEdits.update(i.participants(), Participant::id, id, change)));
    }

    private void info(String label, UnaryOperator<WorkshopInfo> change) {
        edits.apply(label, w -> w.withInfo(change.apply(w.info())));
    }

    private static Workshop withoutContributionsOf(Workshop w, String id) {
        KeyMoments k = w.keyMoments();
        List<TraitRating> ratings = k.ratings().stream().filter(r -> !r.raterId().equals(id)).toList();
        List<DotVote> votes = k.votes().stream().filter(v -> !v.participantId().equals(id)).toList();
        return w.withKeyMoments(new KeyMoments(k.traitWeights(), ratings, k.votesPerParticipant(), votes, k.servqual(),
                k.kano(), k.ratingSurveys(), k.ipa(), k.moments()));
    }
}
